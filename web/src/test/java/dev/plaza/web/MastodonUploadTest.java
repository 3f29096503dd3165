package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.channels.mastodon.MastodonImport;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.imports.ArchiveImporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The upload form with the channels module's real Mastodon reader behind it, into the real store. */
class MastodonUploadTest {

    private static final String ACTOR = "https://brand.example/users/plaza";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;
    static Browser manager;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "mastodon", false);
        ArchiveImporter importer = (workspaceId, file, progress) ->
                db.store().ingest().ingest(workspaceId, MastodonImport.read(file, progress).batch(), progress);
        server = TestServers.start(db.store(), WebSettings.forTests(), importer);
        manager = community.browser(server, Role.MANAGER);
        manager.get("/settings/imports");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRealArchiveIsImportedAndSummarised() throws Exception {
        HttpResponse<String> accepted = manager.upload("/settings/imports", "archive", "archive-2025.zip", archive(), true);
        assertThat(accepted.statusCode()).isEqualTo(202);

        String last = ImportTest.pollAs(manager, ImportTest.jobId(accepted.body()));

        assertThat(last).contains("data-state=\"done\"").contains("Imported 2 activities");
        assertThat(db.store().activities().findByUri(community.workspace().id(), ACTOR + "/statuses/2")).isPresent();
    }

    @Test
    void aFileThatIsNoArchiveIsRefusedWithTheReadersMessage() throws Exception {
        HttpResponse<String> accepted = manager.upload("/settings/imports", "archive", "notes.txt",
                "just some notes".getBytes(StandardCharsets.UTF_8), true);

        String last = ImportTest.pollAs(manager, ImportTest.jobId(accepted.body()));

        assertThat(last).contains("data-state=\"failed\"").contains("notes.txt is neither a Mastodon archive");
    }

    private static byte[] archive() throws IOException {
        ObjectNode actor = JSON.createObjectNode();
        actor.putArray("@context").add("https://www.w3.org/ns/activitystreams");
        actor.put("id", ACTOR).put("type", "Person").put("preferredUsername", "plaza").put("name", "Plaza Brand")
                .put("url", "https://brand.example/@plaza").put("outbox", "outbox.json");
        ObjectNode outbox = JSON.createObjectNode();
        outbox.putArray("@context").add("https://www.w3.org/ns/activitystreams");
        outbox.put("id", "outbox.json").put("type", "OrderedCollection").put("totalItems", 2);
        ArrayNode items = outbox.putArray("orderedItems");
        items.add(create(1, "2025-03-01T10:00:00Z", "<p>Hello, fediverse</p>"));
        items.add(create(2, "2025-03-02T10:00:00Z", "<p>Our second post</p>"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "actor.json", actor.toString());
            entry(zip, "outbox.json", outbox.toString());
        }
        return bytes.toByteArray();
    }

    private static ObjectNode create(long id, String published, String html) {
        String status = ACTOR + "/statuses/" + id;
        ObjectNode note = JSON.createObjectNode().put("id", status).put("type", "Note").putNull("summary").putNull("inReplyTo")
                .put("published", published).put("url", "https://brand.example/@plaza/" + id).put("attributedTo", ACTOR)
                .put("content", html);
        note.putArray("to").add("https://www.w3.org/ns/activitystreams#Public");
        note.putArray("cc").add(ACTOR + "/followers");
        note.putObject("contentMap").put("en", html);
        note.putArray("attachment");
        note.putArray("tag");
        ObjectNode create = JSON.createObjectNode().put("id", status + "/activity").put("type", "Create")
                .put("actor", ACTOR).put("published", published);
        create.putArray("to").add("https://www.w3.org/ns/activitystreams#Public");
        create.set("object", note);
        return create;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
