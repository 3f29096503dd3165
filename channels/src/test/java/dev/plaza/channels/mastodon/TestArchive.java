package dev.plaza.channels.mastodon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes zips shaped like Mastodon's "Request your archive" (app/services/backup_service.rb,
 * ActivityPub::CreateNoteSerializer / AnnounceNoteSerializer), with invented accounts only.
 */
final class TestArchive {

    static final String HOST = "brand.example";
    static final String ACTOR = "https://brand.example/users/plaza";
    static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final List<String> stored = new ArrayList<>();
    private final ArrayNode items = JSON.createArrayNode();
    private final List<String> likes = new ArrayList<>();
    private final List<String> bookmarks = new ArrayList<>();
    private boolean withActor = true;
    private boolean withOutbox = true;
    private String folder = "";
    private String language = "en";

    static TestArchive archive() {
        return new TestArchive();
    }

    static String status(long id) {
        return ACTOR + "/statuses/" + id;
    }

    /** A Mention tag as Mastodon writes it: {@code @user@host}, or {@code @user} for a local account. */
    static ObjectNode mention(String name, String href) {
        return JSON.createObjectNode().put("type", "Mention").put("href", href).put("name", name);
    }

    static ObjectNode hashtag(String tag) {
        return JSON.createObjectNode().put("type", "Hashtag").put("href", "https://" + HOST + "/tags/" + tag)
                .put("name", "#" + tag);
    }

    TestArchive post(long id, String published, String html, ObjectNode... tags) {
        return create(id, published, html, null, tags);
    }

    TestArchive reply(long id, String published, String html, String inReplyTo, ObjectNode... tags) {
        return create(id, published, html, inReplyTo, tags);
    }

    TestArchive create(long id, String published, String html, String inReplyTo, ObjectNode... tags) {
        ObjectNode note = note(id, published, html, inReplyTo);
        ArrayNode tagList = note.putArray("tag");
        for (ObjectNode tag : tags) {
            tagList.add(tag);
        }
        return item(createOf(id, published, note));
    }

    /** A post with attachments: their url is the media file's path inside the zip. */
    TestArchive postWithMedia(long id, String published, String html, String... mediaPaths) {
        ObjectNode note = note(id, published, html, null);
        ArrayNode attachments = note.putArray("attachment");
        for (String path : mediaPaths) {
            attachments.addObject().put("type", "Document").put("mediaType", "image/png").put("url", path)
                    .putNull("name").put("blurhash", "U00000fQfQfQfQfQfQfQfQfQfQfQ").put("width", 4).put("height", 4);
        }
        return item(createOf(id, published, note));
    }

    TestArchive boost(long id, String published, String boosted) {
        ObjectNode announce = JSON.createObjectNode().put("id", status(id) + "/activity").put("type", "Announce")
                .put("actor", ACTOR).put("published", published);
        announce.putArray("to").add(PUBLIC);
        announce.putArray("cc").add(boosted.substring(0, boosted.indexOf("/statuses/"))).add(ACTOR + "/followers");
        announce.put("object", boosted);
        return item(announce);
    }

    /** The language of the posts added after this call. */
    TestArchive language(String tag) {
        language = tag;
        return this;
    }

    TestArchive item(ObjectNode item) {
        items.add(item);
        return this;
    }

    TestArchive like(String uri) {
        likes.add(uri);
        return this;
    }

    TestArchive bookmark(String uri) {
        bookmarks.add(uri);
        return this;
    }

    TestArchive entry(String name, String content) {
        return entry(name, content.getBytes(StandardCharsets.UTF_8));
    }

    TestArchive entry(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    /** Writes {@code name} uncompressed, so that its bytes can be found and damaged in the zip. */
    TestArchive storedEntry(String name) {
        stored.add(name);
        return this;
    }

    TestArchive withoutActor() {
        withActor = false;
        return this;
    }

    TestArchive withoutOutbox() {
        withOutbox = false;
        return this;
    }

    /** As when a user unpacks the archive and zips the folder again. */
    TestArchive inFolder(String name) {
        folder = name + "/";
        return this;
    }

    String outboxJson() {
        ObjectNode outbox = JSON.createObjectNode();
        outbox.putArray("@context").add("https://www.w3.org/ns/activitystreams");
        outbox.put("id", "outbox.json").put("type", "OrderedCollection").put("totalItems", items.size());
        outbox.set("orderedItems", items);
        return outbox.toString();
    }

    Path write(Path file) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        if (withOutbox) {
            all.put("outbox.json", outboxJson().getBytes(StandardCharsets.UTF_8));
        }
        all.put("likes.json", uriCollection("likes.json", likes));
        all.put("bookmarks.json", uriCollection("bookmarks.json", bookmarks));
        if (withActor) {
            all.put("actor.json", actor().toString().getBytes(StandardCharsets.UTF_8));
        }
        entries.forEach((name, bytes) -> all.put(name, bytes));
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : all.entrySet()) {
                boolean own = !entries.containsKey(e.getKey());
                zip.putNextEntry(zipEntry((own ? folder : "") + e.getKey(), e.getValue(), stored.contains(e.getKey())));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static ZipEntry zipEntry(String name, byte[] bytes, boolean stored) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(1_700_000_000_000L);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
        }
        return entry;
    }

    private static ObjectNode actor() {
        ObjectNode actor = JSON.createObjectNode();
        actor.putArray("@context").add("https://www.w3.org/ns/activitystreams").add("https://w3id.org/security/v1");
        actor.put("id", ACTOR).put("type", "Person").put("following", ACTOR + "/following")
                .put("followers", ACTOR + "/followers").put("inbox", ACTOR + "/inbox").put("outbox", "outbox.json")
                .put("preferredUsername", "plaza").put("name", "Plaza Example Brand").put("summary", "<p>An invented brand.</p>")
                .put("url", "https://" + HOST + "/@plaza").put("published", "2022-11-01T00:00:00Z")
                .put("likes", "likes.json").put("bookmarks", "bookmarks.json");
        actor.putObject("icon").put("type", "Image").put("mediaType", "image/png").put("url", "avatar.png");
        return actor;
    }

    private static byte[] uriCollection(String id, List<String> uris) {
        ObjectNode collection = JSON.createObjectNode();
        collection.put("@context", "https://www.w3.org/ns/activitystreams").put("id", id).put("type", "OrderedCollection");
        ArrayNode list = collection.putArray("orderedItems");
        uris.forEach(list::add);
        return collection.toString().getBytes(StandardCharsets.UTF_8);
    }

    private ObjectNode note(long id, String published, String html, String inReplyTo) {
        ObjectNode note = JSON.createObjectNode().put("id", status(id)).put("type", "Note").putNull("summary");
        if (inReplyTo == null) {
            note.putNull("inReplyTo");
        } else {
            note.put("inReplyTo", inReplyTo);
        }
        note.put("published", published).put("url", "https://" + HOST + "/@plaza/" + id).put("attributedTo", ACTOR);
        note.putArray("to").add(PUBLIC);
        note.putArray("cc").add(ACTOR + "/followers");
        note.put("sensitive", false).put("atomUri", status(id)).put("conversation", "tag:" + HOST + ",2024:objectId=" + id)
                .put("content", html);
        note.putObject("contentMap").put(language, html);
        note.putArray("attachment");
        note.putArray("tag");
        return note;
    }

    private static ObjectNode createOf(long id, String published, ObjectNode note) {
        ObjectNode create = JSON.createObjectNode().put("id", status(id) + "/activity").put("type", "Create")
                .put("actor", ACTOR).put("published", published);
        create.putArray("to").add(PUBLIC);
        create.putArray("cc").add(ACTOR + "/followers");
        create.set("object", note);
        return create;
    }
}
