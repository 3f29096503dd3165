package dev.plaza.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a recorded mixed stream of what Plaza's listeners hear, one event source per line prefix, in
 * arrival order: {@code J} a Jetstream event as the host sends it (commit create and delete of
 * app.bsky.feed.post, identity events), {@code A} an ActivityPub activity as Mastodon delivers it
 * (Create of a Note with mentions, hashtags and replies, Announce, Like, Delete), {@code F} one poll of
 * an RSS 2.0 feed ({@value #ITEMS_PER_POLL} items, each an event). About one post in twenty carries
 * the benchmark goal's words or points at the brand; two in five declare their language.
 */
final class MixedStreamGenerator {

    static final int ITEMS_PER_POLL = 50;
    static final int FEEDS = 20;
    static final String BRAND_DID = "did:plc:brandbrandbrandbrandbran";
    static final String BRAND_ACTOR = "https://plaza.example/ap/actors/brand";
    static final String BRAND_ORIGIN = "https://plaza.example";
    /** The recording starts on 1 December 2026 and spans a few days, 0.25 s between events. */
    static final long START_MICROS = Instant.parse("2026-12-01T00:00:00Z").toEpochMilli() * 1000;
    private static final long STEP_MICROS = 250_000;
    private static final int ACCOUNTS = 50_000;
    private static final int ACTORS = 5_000;
    private static final int INSTANCES = 20;
    private static final String CID = "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm";
    private static final String TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** Sentences without the goal's words, in the languages the stream speaks. */
    private static final String[][] CHATTER = {
        {"en", "Had a lovely walk by the river this morning and the light on the water was just perfect."},
        {"en", "Does anyone know a good bakery near the station that stays open late on Sundays?"},
        {"en", "Our team finally finished the quarterly report after three long weeks of meetings."},
        {"de", "Heute Morgen war ich mit dem Hund im Park und es hat die ganze Zeit geregnet."},
        {"de", "Kennt jemand ein gutes Restaurant in der Altstadt, das auch am Montag geöffnet hat?"},
        {"fr", "Nous avons passé le week-end à la montagne avec des amis et il faisait très beau."},
        {"es", "Esta tarde vamos al mercado a comprar fruta fresca para la cena con la familia."},
        {"ja", "今日は朝から雨が降っていたので、家で本を読んでゆっくり過ごしました。"},
    };
    /** Sentences with one of the goal's words ("open source", "release", #opensource). */
    private static final String[][] ON_GOAL = {
        {"en", "We just shipped the new release of our open source editor, with faster search and fewer bugs."},
        {"en", "Spent the evening reviewing pull requests for an open source library that our team depends on."},
        {"de", "Die neue Version ist da: wir haben das Release heute veröffentlicht, danke an alle Mitwirkenden."},
        {"de", "Wir suchen Leute, die bei unserem open source Projekt für die Stadtbibliothek mitmachen möchten."},
        {"fr", "La nouvelle release de notre outil open source est disponible, merci à tous les contributeurs."},
        {"es", "Hoy publicamos la release de nuestro proyecto open source con muchas mejoras para los usuarios."},
    };

    private final SplittableRandom random;
    private final BufferedWriter out;
    private final List<String> recentPosts = new ArrayList<>();
    private final List<String> recentStatuses = new ArrayList<>();
    private final long[] feedItems = new long[FEEDS];
    private final List<String> pendingItems = new ArrayList<>();
    private long time = START_MICROS;
    private long statuses;
    private long seq;
    private long brandPosts;
    private int nextFeed;
    private long events;

    private MixedStreamGenerator(long seed, BufferedWriter out) {
        this.random = new SplittableRandom(seed);
        this.out = out;
    }

    /** Writes at least {@code events} events to {@code file}; returns how many it wrote. */
    static long generate(Path file, long events, long seed) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            long written;
            try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                MixedStreamGenerator generator = new MixedStreamGenerator(seed, out);
                while (generator.events < events) {
                    generator.next();
                }
                generator.flushFeed();
                written = generator.events;
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the mixed stream to " + file, e);
        }
    }

    private void next() throws IOException {
        time += STEP_MICROS / 2 + random.nextLong(STEP_MICROS);
        double source = random.nextDouble();
        if (source < 0.70) {
            jetstream();
        } else if (source < 0.90) {
            activityPub();
        } else {
            feedItem();
        }
    }

    private void jetstream() throws IOException {
        int account = random.nextInt(ACCOUNTS);
        String did = did(account);
        double kind = random.nextDouble();
        events++;
        if (kind < 0.08) {
            line('J', "{\"did\":\"%s\",\"time_us\":%d,\"kind\":\"identity\",\"identity\":{\"did\":\"%s\",\"handle\":\"user%d.bsky.social\",\"seq\":%d,\"time\":\"%s\"}}"
                    .formatted(did, time, did, account, ++seq, iso(time)));
            return;
        }
        if (kind < 0.20 && !recentPosts.isEmpty()) {
            String[] post = recentPosts.get(random.nextInt(recentPosts.size())).split(" ");
            line('J', "{\"did\":\"%s\",\"time_us\":%d,\"kind\":\"commit\",\"commit\":{\"rev\":\"%s\",\"operation\":\"delete\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"%s\"}}"
                    .formatted(post[0], time, tid(time), post[1]));
            return;
        }
        String rkey = tid(time);
        remember(recentPosts, did + " " + rkey);
        String[] sentence = sentence();
        StringBuilder record = new StringBuilder("{\"$type\":\"app.bsky.feed.post\",\"createdAt\":\"").append(iso(time)).append("\",");
        String text = sentence[1];
        if (random.nextDouble() < 0.01) {
            text = "@brand.test " + text;
            record.append("\"facets\":[{\"index\":{\"byteStart\":0,\"byteEnd\":11},\"features\":[{\"$type\":\"app.bsky.richtext.facet#mention\",\"did\":\"")
                    .append(BRAND_DID).append("\"}]}],");
        }
        if (random.nextDouble() < 0.01) {
            record.append("\"tags\":[\"opensource\"],");
        }
        if (random.nextDouble() < 0.4) {
            record.append("\"langs\":[\"").append(sentence[0]).append("\"],");
        }
        record.append("\"text\":\"").append(text).append("\"}");
        line('J', "{\"did\":\"%s\",\"time_us\":%d,\"kind\":\"commit\",\"commit\":{\"rev\":\"%s\",\"operation\":\"create\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"%s\",\"record\":%s,\"cid\":\"%s\"}}"
                .formatted(did, time, rkey, rkey, record, CID));
    }

    private void activityPub() throws IOException {
        int actor = random.nextInt(ACTORS);
        String host = "m" + (actor % INSTANCES) + ".example";
        String actorId = "https://" + host + "/users/u" + actor;
        double kind = random.nextDouble();
        events++;
        String published = iso(time);
        if (kind < 0.20) {
            String type = kind < 0.10 ? "Like" : "Announce";
            String object = random.nextDouble() < 0.1 ? BRAND_ORIGIN + "/ap/posts/" + random.nextLong(1 + brandPosts++)
                    : recentStatuses.isEmpty() ? actorId + "/statuses/0" : recentStatuses.get(random.nextInt(recentStatuses.size()));
            String id = type.equals("Like") ? actorId + "#likes/" + (++statuses) : actorId + "/statuses/" + (++statuses) + "/activity";
            line('A', "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"%s\",\"type\":\"%s\",\"actor\":\"%s\",\"published\":\"%s\",\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"],\"cc\":[\"%s/followers\"],\"object\":\"%s\"}"
                    .formatted(id, type, actorId, published, actorId, object));
            return;
        }
        if (kind < 0.30 && !recentStatuses.isEmpty()) {
            String status = recentStatuses.get(random.nextInt(recentStatuses.size()));
            String owner = status.substring(0, status.indexOf("/statuses/"));
            line('A', "{\"@context\":[\"https://www.w3.org/ns/activitystreams\",{\"ostatus\":\"http://ostatus.org#\",\"atomUri\":\"ostatus:atomUri\"}],\"id\":\"%s#delete\",\"type\":\"Delete\",\"actor\":\"%s\",\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"],\"object\":{\"id\":\"%s\",\"type\":\"Tombstone\",\"atomUri\":\"%s\"}}"
                    .formatted(status, owner, status, status));
            return;
        }
        String status = actorId + "/statuses/" + (++statuses);
        remember(recentStatuses, status);
        String[] sentence = sentence();
        StringBuilder html = new StringBuilder("<p>");
        StringBuilder tags = new StringBuilder();
        if (random.nextDouble() < 0.01) {
            html.append("<span class=\\\"h-card\\\"><a href=\\\"").append(BRAND_ACTOR)
                    .append("\\\" class=\\\"u-url mention\\\">@<span>brand</span></a></span> ");
            tags.append("{\"type\":\"Mention\",\"href\":\"").append(BRAND_ACTOR).append("\",\"name\":\"@brand@plaza.example\"},");
        }
        if (random.nextDouble() < 0.2) {
            int other = random.nextInt(ACTORS);
            String otherId = "https://m" + (other % INSTANCES) + ".example/users/u" + other;
            html.append("<span class=\\\"h-card\\\"><a href=\\\"").append(otherId).append("\\\" class=\\\"u-url mention\\\">@<span>u")
                    .append(other).append("</span></a></span> ");
            tags.append("{\"type\":\"Mention\",\"href\":\"").append(otherId).append("\",\"name\":\"@u").append(other).append("@m")
                    .append(other % INSTANCES).append(".example\"},");
        }
        html.append(sentence[1]);
        if (random.nextDouble() < 0.3) {
            String tag = random.nextDouble() < 0.05 ? "opensource" : "photography";
            html.append(" <a href=\\\"https://").append(host).append("/tags/").append(tag)
                    .append("\\\" class=\\\"mention hashtag\\\" rel=\\\"tag\\\">#<span>").append(tag).append("</span></a>");
            tags.append("{\"type\":\"Hashtag\",\"href\":\"https://").append(host).append("/tags/").append(tag).append("\",\"name\":\"#")
                    .append(tag).append("\"},");
        }
        html.append("</p>");
        String inReplyTo = "null";
        double reply = random.nextDouble();
        if (reply < 0.01) {
            inReplyTo = "\"" + BRAND_ORIGIN + "/ap/posts/" + random.nextLong(1 + brandPosts++) + "\"";
        } else if (reply < 0.2 && recentStatuses.size() > 1) {
            inReplyTo = "\"" + recentStatuses.get(random.nextInt(recentStatuses.size() - 1)) + "\"";
        }
        String tagList = tags.isEmpty() ? "" : tags.substring(0, tags.length() - 1);
        String content = random.nextDouble() < 0.6
                ? "\"content\":\"%s\",\"contentMap\":{\"%s\":\"%s\"}".formatted(html, sentence[0], html)
                : "\"content\":\"%s\"".formatted(html);
        line('A', ("{\"@context\":[\"https://www.w3.org/ns/activitystreams\",{\"ostatus\":\"http://ostatus.org#\",\"atomUri\":\"ostatus:atomUri\","
                + "\"inReplyToAtomUri\":\"ostatus:inReplyToAtomUri\",\"conversation\":\"ostatus:conversation\",\"sensitive\":\"as:sensitive\","
                + "\"toot\":\"http://joinmastodon.org/ns#\",\"votersCount\":\"toot:votersCount\",\"Hashtag\":\"as:Hashtag\"}],"
                + "\"id\":\"%s/activity\",\"type\":\"Create\",\"actor\":\"%s\",\"published\":\"%s\","
                + "\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"],\"cc\":[\"%s/followers\"],"
                + "\"object\":{\"id\":\"%s\",\"type\":\"Note\",\"summary\":null,\"inReplyTo\":%s,\"published\":\"%s\","
                + "\"url\":\"https://%s/@u%d/%d\",\"attributedTo\":\"%s\",\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"],"
                + "\"cc\":[\"%s/followers\"],\"sensitive\":false,\"atomUri\":\"%s\",\"inReplyToAtomUri\":%s,"
                + "\"conversation\":\"tag:%s,2026-12-01:objectId=%d:objectType=Conversation\",%s,\"attachment\":[],\"tag\":[%s],"
                + "\"replies\":{\"id\":\"%s/replies\",\"type\":\"Collection\",\"first\":{\"type\":\"CollectionPage\",\"next\":\"%s/replies?only_other_accounts=true&page=true\",\"partOf\":\"%s/replies\",\"items\":[]}}}}")
                .formatted(status, actorId, published, actorId, status, inReplyTo, published, host, actor, statuses, actorId, actorId,
                        status, inReplyTo, host, statuses, content, tagList, status, status, status));
    }

    private void feedItem() throws IOException {
        events++;
        int feed = nextFeed;
        long n = ++feedItems[feed];
        String[] sentence = sentence();
        String title = sentence[1].substring(0, Math.min(40, sentence[1].length()));
        String category = random.nextDouble() < 0.05 ? "opensource" : "news";
        pendingItems.add(("<item><title>%s</title><link>https://blog%d.example/posts/%d</link><guid isPermaLink=\"true\">https://blog%d.example/posts/%d</guid>"
                + "<pubDate>%s</pubDate><category>%s</category><description>%s</description></item>")
                .formatted(title, feed, n, feed, n, RFC_822.format(Instant.ofEpochMilli(time / 1000)), category, sentence[1]));
        if (pendingItems.size() == ITEMS_PER_POLL) {
            flushFeed();
        }
    }

    /** One poll of the feed whose turn it is: its newest items, newest first, as RSS 2.0 on one line. */
    private void flushFeed() throws IOException {
        if (pendingItems.isEmpty()) {
            return;
        }
        int feed = nextFeed;
        nextFeed = (nextFeed + 1) % FEEDS;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Blog ")
                .append(feed).append("</title><link>https://blog").append(feed).append(".example/</link>");
        if (feed % 2 == 0) {
            xml.append("<language>en</language>");
        }
        for (int i = pendingItems.size() - 1; i >= 0; i--) {
            xml.append(pendingItems.get(i));
        }
        xml.append("</channel></rss>");
        pendingItems.clear();
        line('F', feed + " " + xml);
    }

    private String[] sentence() {
        return random.nextDouble() < 0.05 ? ON_GOAL[random.nextInt(ON_GOAL.length)] : CHATTER[random.nextInt(CHATTER.length)];
    }

    private void remember(List<String> recent, String value) {
        if (recent.size() < 20_000) {
            recent.add(value);
        } else {
            recent.set(random.nextInt(recent.size()), value);
        }
    }

    private void line(char source, String text) throws IOException {
        out.write(source);
        out.write(' ');
        out.write(text);
        out.write('\n');
    }

    /** A did:plc of 24 base32 characters, different for each account. */
    static String did(int account) {
        StringBuilder id = new StringBuilder("did:plc:");
        String number = Integer.toString(account, 32).replace('0', 'w').replace('1', 'x').replace('8', 'y').replace('9', 'z');
        id.append("w".repeat(24 - number.length())).append(number);
        return id.toString();
    }

    /** A record key in the atproto TID form: 13 base32-sortable characters of microseconds and a clock id of 0. */
    private static String tid(long micros) {
        long value = micros << 10;
        char[] chars = new char[13];
        for (int i = 12; i >= 0; i--) {
            chars[i] = TID_ALPHABET.charAt((int) (value & 31));
            value >>>= 5;
        }
        return new String(chars);
    }

    private static String iso(long micros) {
        return Instant.ofEpochMilli(micros / 1000).toString();
    }
}
