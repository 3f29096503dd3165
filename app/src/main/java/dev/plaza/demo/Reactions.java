package dev.plaza.demo;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.Platform;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Likes, boosts and votes: what a thread draws besides replies, more for popular authors and the brand. */
final class Reactions {

    private final Cast cast;
    private final Log log;
    private final RandomGenerator rnd;

    Reactions(Cast cast, Log log, RandomGenerator rnd) {
        this.cast = cast;
        this.log = log;
        this.rnd = rnd;
    }

    /** How much attention an author's posts draw; the brand's the most. */
    static double popularity(Account author, Account brand) {
        return author == brand ? 4 : Math.clamp(Math.sqrt(author.weight()), 0.4, 2.5);
    }

    void to(List<Node> thread, boolean mentionsBrand) {
        Node root = thread.getFirst();
        Platform platform = root.author().platform();
        Account brand = cast.brand(platform);
        for (Node node : thread) {
            double popularity = node.author() == brand ? 12 : popularity(node.author(), brand);
            double mean = likes(platform) * likes(node.phrase()) * popularity * (node.isRoot() ? 1 : 0.3);
            Set<Account> reacted = Collections.newSetFromMap(new IdentityHashMap<>());
            reacted.add(node.author());
            boolean brandLikes = mentionsBrand && node.isRoot() && likes(node.phrase()) > 1 && rnd.nextDouble() < 0.5;
            if (brandLikes && reacted.add(brand)) {
                react(node, brand, ActivityKind.LIKE, 120);
            }
            for (int n = Chance.count(mean, rnd); n > 0; n--) {
                member(node, reacted).ifPresent(liker -> react(node, liker, ActivityKind.LIKE, 300));
            }
        }
        if (cast.venue(platform).reposts()) {
            double mean = reposts(platform) * likes(root.phrase()) * popularity(root.author(), brand);
            Set<Account> reposted = Collections.newSetFromMap(new IdentityHashMap<>());
            reposted.add(root.author());
            for (int n = Chance.count(mean, rnd); n > 0; n--) {
                member(root, reposted).ifPresent(booster -> react(root, booster, ActivityKind.REPOST, 240));
            }
        }
        if (root.phrase() == Phrase.IDEA) {
            Set<Account> voted = Collections.newSetFromMap(new IdentityHashMap<>());
            for (int n = 3 + Chance.count(6 * popularity(root.author(), brand), rnd); n > 0; n--) {
                member(root, voted).ifPresent(voter -> react(root, voter, ActivityKind.VOTE, 3 * 24 * 60));
            }
        }
    }

    private Optional<Account> member(Node node, Set<Account> already) {
        int day = Calendar.dayOf(node.at());
        return cast.other(node.author().platform(), day, node.author(), rnd).filter(already::add);
    }

    private void react(Node node, Account author, ActivityKind kind, double meanMinutes) {
        Instant at = Chance.after(node.at(), meanMinutes, rnd);
        if (!Calendar.within(at)) {
            return;
        }
        Venue venue = cast.venue(author.platform());
        long seq = log.next();
        Optional<Post> post = switch (kind) {
            case LIKE -> Optional.of(venue.like(author, at, seq, node.post()));
            case REPOST -> venue.repost(author, at, seq, node.post());
            case VOTE -> venue.vote(author, node.post());
            default -> throw new IllegalArgumentException("not a reaction: " + kind);
        };
        post.ifPresent(made -> log.add(made, kind, at, "", Optional.empty(), Optional.empty(),
                Optional.of(node.post().uri()), List.of()));
    }

    private static double likes(Platform platform) {
        return switch (platform) {
            case BLUESKY -> 1.3;
            case FEDIVERSE -> 1.0;
            case LENS -> 0.8;
            case FORUM -> 0.55;
            default -> 0.45;
        };
    }

    private static double reposts(Platform platform) {
        return switch (platform) {
            case BLUESKY -> 0.4;
            case FEDIVERSE -> 0.33;
            default -> 0.25;
        };
    }

    private static double likes(Phrase phrase) {
        return switch (phrase) {
            case PRAISE, CITY, RIDE, BRAND_RIDE, BRAND_THANKS -> 1.4;
            case TIP, BRAND_TIP, ANSWER, BRAND_ANSWER -> 1.3;
            case LAUNCH, BRAND_LAUNCH -> 1.6;
            case QUESTION -> 0.5;
            case COMPLAINT -> 0.8;
            case SPAM -> 0.1;
            default -> 1;
        };
    }
}
