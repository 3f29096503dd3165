package dev.plaza.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a synthetic archive in the shape of Mastodon's "Request your archive" (outbox.json,
 * likes.json, bookmarks.json, actor.json; app/services/backup_service.rb) plus a
 * following_accounts.csv, for benchmarks. Everyone in it is invented; the same seed gives the same
 * bytes. Of {@code n} activities: 44% posts, 20% replies, 16% boosts, 12% likes, 4% bookmarks,
 * 4% follows. The outbox is streamed, so a million activities need no more memory than ten.
 */
public final class MastodonArchiveGenerator {

    public static final int DEFAULT_ACTIVITIES = 100_000;
    public static final long DEFAULT_SEED = 42;

    static final String HOST = "brand.example";
    static final String ACTOR = "https://" + HOST + "/users/plaza";
    private static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    private static final String[] WORDS = ("community garden repair cafe meetup bicycle library recipe tomato "
            + "workshop volunteer solar bread music festival river cleanup question thanks idea vote grant "
            + "neighbourhood plaza open source federation welcome tomorrow weekend photo map").split(" ");

    private final SplittableRandom random;
    private final int people;
    private final int instances;
    /** Ids of others' posts; each is new, so every like, bookmark and boost is a distinct activity. */
    private long remoteSerial = 100_000_000_000L;

    private MastodonArchiveGenerator(int activities, long seed) {
        this.random = new SplittableRandom(seed);
        this.people = Math.max(10, activities / 20);
        this.instances = Math.max(3, Math.min(500, activities / 200));
    }

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "mastodon-archive.zip");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ACTIVITIES;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        write(out, n, seed);
        System.out.printf("wrote %s: %,d activities (seed %d), %,d bytes%n", out, n, seed, size(out));
    }

    /** Writes the archive to {@code file} and returns it. */
    public static Path write(Path file, int activities, long seed) {
        new MastodonArchiveGenerator(activities, seed).writeZip(file, activities);
        return file;
    }

    private void writeZip(Path file, int n) {
        int likes = n * 12 / 100;
        int bookmarks = n * 4 / 100;
        int follows = n * 4 / 100;
        int outbox = n - likes - bookmarks - follows;
        JsonFactory json = JsonFactory.builder().build();
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
            entry(zip, "outbox.json");
            try (JsonGenerator g = unclosing(json, zip)) {
                outbox(g, outbox);
            }
            entry(zip, "likes.json");
            try (JsonGenerator g = unclosing(json, zip)) {
                uriCollection(g, "likes.json", likes);
            }
            entry(zip, "bookmarks.json");
            try (JsonGenerator g = unclosing(json, zip)) {
                uriCollection(g, "bookmarks.json", bookmarks);
            }
            entry(zip, "actor.json");
            try (JsonGenerator g = unclosing(json, zip)) {
                actor(g);
            }
            entry(zip, "following_accounts.csv");
            followingCsv(zip, follows);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(START.toEpochMilli());
        zip.putNextEntry(entry);
    }

    private static JsonGenerator unclosing(JsonFactory json, OutputStream out) throws IOException {
        JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    private void outbox(JsonGenerator g, int items) throws IOException {
        g.writeStartObject();
        g.writeStringField("@context", "https://www.w3.org/ns/activitystreams");
        g.writeStringField("id", "outbox.json");
        g.writeStringField("type", "OrderedCollection");
        g.writeNumberField("totalItems", items);
        g.writeArrayFieldStart("orderedItems");
        for (int i = 1; i <= items; i++) {
            Instant at = START.plusSeconds(i * 600L);
            int kind = random.nextInt(100);
            if (kind < 55) {
                create(g, i, at, null);
            } else if (kind < 80) {
                create(g, i, at, random.nextInt(4) == 0 && i > 1 ? status(1 + random.nextInt(i - 1)) : remoteStatus());
            } else {
                announce(g, i, at);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void create(JsonGenerator g, int id, Instant at, String inReplyTo) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", status(id) + "/activity");
        g.writeStringField("type", "Create");
        g.writeStringField("actor", ACTOR);
        g.writeStringField("published", at.toString());
        audience(g);
        g.writeObjectFieldStart("object");
        g.writeStringField("id", status(id));
        g.writeStringField("type", "Note");
        g.writeNullField("summary");
        if (inReplyTo == null) {
            g.writeNullField("inReplyTo");
        } else {
            g.writeStringField("inReplyTo", inReplyTo);
        }
        g.writeStringField("published", at.toString());
        g.writeStringField("url", "https://" + HOST + "/@plaza/" + id);
        g.writeStringField("attributedTo", ACTOR);
        audience(g);
        g.writeBooleanField("sensitive", false);
        int[] mentioned = random.ints(random.nextInt(4), 0, people).toArray();
        String html = html(mentioned);
        g.writeStringField("content", html);
        g.writeObjectFieldStart("contentMap");
        g.writeStringField(random.nextInt(5) == 0 ? "de" : "en", html);
        g.writeEndObject();
        g.writeArrayFieldStart("attachment");
        if (random.nextInt(10) == 0) {
            g.writeStartObject();
            g.writeStringField("type", "Document");
            g.writeStringField("mediaType", "image/jpeg");
            g.writeStringField("url", "media_attachments/files/000/000/%03d/original/photo.jpg".formatted(id % 1000));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tag");
        for (int person : mentioned) {
            g.writeStartObject();
            g.writeStringField("type", "Mention");
            g.writeStringField("href", actorOf(person));
            g.writeStringField("name", "@" + user(person) + "@" + instanceOf(person));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private void announce(JsonGenerator g, int id, Instant at) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", status(id) + "/activity");
        g.writeStringField("type", "Announce");
        g.writeStringField("actor", ACTOR);
        g.writeStringField("published", at.toString());
        audience(g);
        g.writeStringField("object", remoteStatus());
        g.writeEndObject();
    }

    private static void audience(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("to");
        g.writeString(PUBLIC);
        g.writeEndArray();
        g.writeArrayFieldStart("cc");
        g.writeString(ACTOR + "/followers");
        g.writeEndArray();
    }

    private String html(int[] mentioned) {
        StringBuilder html = new StringBuilder("<p>");
        for (int person : mentioned) {
            html.append("<span class=\"h-card\"><a href=\"https://").append(instanceOf(person)).append("/@")
                    .append(user(person)).append("\" class=\"u-url mention\">@<span>").append(user(person))
                    .append("</span></a></span> ");
        }
        int words = 5 + random.nextInt(40);
        for (int w = 0; w < words; w++) {
            html.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        if (random.nextInt(3) == 0) {
            html.append(" <a href=\"https://").append(HOST).append("/tags/plaza\" class=\"mention hashtag\" rel=\"tag\">#<span>plaza</span></a>");
        }
        return html.append("</p>").toString();
    }

    private void uriCollection(JsonGenerator g, String id, int count) throws IOException {
        g.writeStartObject();
        g.writeStringField("@context", "https://www.w3.org/ns/activitystreams");
        g.writeStringField("id", id);
        g.writeStringField("type", "OrderedCollection");
        g.writeArrayFieldStart("orderedItems");
        for (int i = 0; i < count; i++) {
            g.writeString(remoteStatus());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void actor(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", ACTOR);
        g.writeStringField("type", "Person");
        g.writeStringField("preferredUsername", "plaza");
        g.writeStringField("name", "Plaza Benchmark Brand");
        g.writeStringField("url", "https://" + HOST + "/@plaza");
        g.writeStringField("outbox", "outbox.json");
        g.writeStringField("likes", "likes.json");
        g.writeStringField("bookmarks", "bookmarks.json");
        g.writeEndObject();
    }

    private void followingCsv(OutputStream zip, int follows) throws IOException {
        Writer csv = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        csv.write("Account address,Show boosts,Notify on new posts,Languages\n");
        for (int i = 0; i < follows; i++) {
            int person = i % people;
            String address = i < people ? user(person) + "@" + instanceOf(person) : "extra" + i + "@" + instance(i % instances);
            csv.write(address + ",true,false,\n");
        }
        csv.flush();
    }

    private String remoteStatus() {
        int person = random.nextInt(people);
        return actorOf(person) + "/statuses/" + remoteSerial++;
    }

    private String actorOf(int person) {
        return "https://" + instanceOf(person) + "/users/" + user(person);
    }

    private static String user(int person) {
        return "member" + person;
    }

    private String instanceOf(int person) {
        return instance(person % instances);
    }

    private static String instance(int n) {
        return "social-" + n + ".example";
    }

    private static String status(int id) {
        return ACTOR + "/statuses/" + id;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
