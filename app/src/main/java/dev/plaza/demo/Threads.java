package dev.plaza.demo;

import static dev.plaza.demo.Phrase.AGREE;
import static dev.plaza.demo.Phrase.ANSWER;
import static dev.plaza.demo.Phrase.BRAND_ANSWER;
import static dev.plaza.demo.Phrase.BRAND_SORRY;
import static dev.plaza.demo.Phrase.BRAND_THANKS;
import static dev.plaza.demo.Phrase.FOLLOW_UP;
import static dev.plaza.demo.Phrase.THANKS;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.Platform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Conversations: a first post, replies a few levels deep, the brand answering many questions and
 * complaints (not all), and the likes, boosts and votes they draw.
 */
final class Threads {

    private static final int MAX_DEPTH = 5;

    private final Cast cast;
    private final Log log;
    private final Reactions reactions;
    private final RandomGenerator rnd;

    Threads(Cast cast, Log log, RandomGenerator rnd) {
        this.cast = cast;
        this.log = log;
        this.reactions = new Reactions(cast, log, rnd);
        this.rnd = rnd;
    }

    /** A thread that {@code author} starts at {@code at}: the brand's own when the author is the brand. */
    void start(Account author, Phrase phrase, Instant at, String event) {
        start(author, phrase, -1, at, event);
    }

    /** A thread whose first post is the {@code template}-th text of its phrase. */
    void start(Account author, Phrase phrase, int template, Instant at, String event) {
        Platform platform = author.platform();
        Venue venue = cast.venue(platform);
        Account brand = cast.brand(platform);
        boolean byBrand = author == brand;
        Texts.Text written = Texts.write(phrase, template, author.lang(), event, rnd);
        StringBuilder text = new StringBuilder(written.text());
        List<Account> mentioned = new ArrayList<>(2);
        if (venue.mentions()) {
            if (!byBrand && rnd.nextDouble() < brandMentions(phrase)) {
                mentioned.add(brand);
                mention(text, venue.mention(brand));
            }
            if (rnd.nextDouble() < 0.07) {
                int day = Calendar.dayOf(at);
                cast.other(platform, day, author, rnd).filter(other -> !mentioned.contains(other)).ifPresent(other -> {
                    mentioned.add(other);
                    text.append(" cc ").append(venue.mention(other));
                });
            }
            if (phrase != Phrase.SPAM) {
                boolean cityCycling = rnd.nextDouble() < 0.3;
                Texts.hashtags(written.lang(), cityCycling, rnd).forEach(tag -> text.append(' ').append(tag));
            }
        }
        if (phrase == Phrase.IDEA) {
            text.append("\n\nWould you use this? Vote for it if you would.");
        }
        Post post = venue.root(author, at, log.next(), phrase, text.toString());
        ActivityKind kind = mentioned.contains(brand) ? ActivityKind.MENTION : ActivityKind.POST;
        log.add(post, kind, at, text.toString(), Optional.of(written.lang()), Optional.empty(), Optional.empty(),
                mentioned);
        Node root = new Node(post, at, phrase, written.lang(), 0);
        List<Node> thread = new ArrayList<>();
        thread.add(root);
        if (!byBrand) {
            brandResponds(root, thread, kind == ActivityKind.MENTION, event);
        }
        discuss(root, thread, event);
        reactions.to(thread, kind == ActivityKind.MENTION);
    }

    private void brandResponds(Node root, List<Node> thread, boolean mentionsBrand, String event) {
        Account brand = cast.brand(root.author().platform());
        double chance = switch (root.phrase()) {
            case QUESTION -> 0.62;
            case COMPLAINT -> 0.8;
            case PRAISE -> mentionsBrand ? 0.3 : 0;
            default -> 0;
        };
        if (rnd.nextDouble() >= chance) {
            return;
        }
        Phrase response = switch (root.phrase()) {
            case QUESTION -> BRAND_ANSWER;
            case COMPLAINT -> BRAND_SORRY;
            default -> BRAND_THANKS;
        };
        Optional<Node> answer = reply(root, thread, brand, response, Chance.around(root.at(), 150, rnd), event);
        if (answer.isPresent() && response != BRAND_THANKS && rnd.nextDouble() < 0.45) {
            Node node = answer.get();
            reply(node, thread, root.author(), THANKS, Chance.after(node.at(), 90, rnd), event);
        }
    }

    private void discuss(Node root, List<Node> thread, String event) {
        Platform platform = root.author().platform();
        Venue venue = cast.venue(platform);
        Account brand = cast.brand(platform);
        int day = Calendar.dayOf(root.at());
        double popularity = Reactions.popularity(root.author(), brand);
        int replies = Chance.count(replies(platform) * replies(root.phrase()) * popularity, rnd);
        for (int i = 0; i < replies; i++) {
            Node parent = venue.nests() ? parent(thread) : root;
            Account replier;
            Phrase tone;
            boolean askerAgain = !parent.isRoot() && parent.author() != root.author() && rnd.nextDouble() < 0.35;
            if (askerAgain) {
                replier = root.author();
                tone = parent.phrase() == ANSWER || parent.phrase() == BRAND_ANSWER ? THANKS : AGREE;
            } else {
                Optional<Account> other = cast.other(platform, day, parent.author(), rnd);
                if (other.isEmpty()) {
                    continue;
                }
                replier = other.get();
                tone = tone(root.phrase(), parent.isRoot());
            }
            if (replier == brand) {
                tone = BRAND_THANKS;
            }
            Instant after = venue.inOrder() ? thread.getLast().at() : parent.at();
            reply(parent, thread, replier, tone, Chance.after(after, delay(platform), rnd), event);
        }
    }

    private Optional<Node> reply(Node parent, List<Node> thread, Account author, Phrase tone, Instant at,
            String event) {
        if (!Calendar.within(at)) {
            return Optional.empty();
        }
        Venue venue = cast.venue(author.platform());
        Texts.Text written = Texts.write(tone, parent.lang(), event, rnd);
        String text = written.text();
        List<Account> mentions = List.of();
        if (author.platform() == Platform.FEDIVERSE && parent.author() != author) {
            text = venue.mention(parent.author()) + " " + text;
            mentions = List.of(parent.author());
        }
        Node root = thread.getFirst();
        Post post = venue.reply(author, at, log.next(), root.post(), thread.size() + 1);
        log.add(post, ActivityKind.REPLY, at, text, Optional.of(written.lang()), Optional.of(parent.post().uri()),
                Optional.empty(), mentions);
        Node node = new Node(post, at, tone, parent.lang(), parent.depth() + 1);
        thread.add(node);
        return Optional.of(node);
    }

    /** Half of all replies answer the first post; the rest answer one of the latest replies. */
    private Node parent(List<Node> thread) {
        if (thread.size() == 1 || rnd.nextDouble() < 0.5) {
            return thread.getFirst();
        }
        int from = Math.max(1, thread.size() - 3);
        Node parent = thread.get(from + rnd.nextInt(thread.size() - from));
        return parent.depth() >= MAX_DEPTH ? thread.getFirst() : parent;
    }

    private Phrase tone(Phrase root, boolean toRoot) {
        double r = rnd.nextDouble();
        return switch (root) {
            case QUESTION -> toRoot ? (r < 0.6 ? ANSWER : r < 0.85 ? FOLLOW_UP : AGREE) : (r < 0.5 ? AGREE : ANSWER);
            case COMPLAINT -> r < 0.4 ? AGREE : r < 0.65 ? FOLLOW_UP : ANSWER;
            default -> r < 0.7 ? root.chimeIn() : AGREE;
        };
    }

    private void mention(StringBuilder text, String handle) {
        if (rnd.nextBoolean()) {
            text.insert(0, handle + " ");
        } else {
            text.append(' ').append(handle);
        }
    }

    private static double brandMentions(Phrase phrase) {
        return switch (phrase) {
            case PRAISE -> 0.45;
            case COMPLAINT, SPAM -> 0.55;
            case QUESTION -> 0.35;
            case LAUNCH -> 0.3;
            default -> 0.08;
        };
    }

    private static double replies(Platform platform) {
        return switch (platform) {
            case FEDIVERSE -> 0.75;
            case BLUESKY -> 0.9;
            case LENS -> 0.4;
            case FORUM -> 1.8;
            case SLACK -> 1.0;
            default -> 0.5;
        };
    }

    private static double replies(Phrase phrase) {
        return switch (phrase) {
            case QUESTION -> 1.4;
            case COMPLAINT, IDEA -> 1.5;
            case LAUNCH, BRAND_LAUNCH -> 1.6;
            case RIDE, BRAND_RIDE -> 1.2;
            case PRAISE -> 0.7;
            case TIP, BRAND_TIP -> 0.9;
            case SPAM -> 0;
            default -> 1;
        };
    }

    /** Mean minutes until a reply: Slack is quick, a forum slow. */
    private static double delay(Platform platform) {
        return switch (platform) {
            case SLACK -> 40;
            case BLUESKY -> 120;
            case FEDIVERSE -> 180;
            case LENS -> 360;
            default -> 600;
        };
    }
}
