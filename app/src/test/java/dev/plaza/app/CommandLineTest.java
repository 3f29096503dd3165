package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.app.cli.CliRun;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.RepositoryCar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as an operator uses it, against a real database; only the process environment is handed in. */
class CommandLineTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    @TempDir
    Path home;

    private CliRun plaza(Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>(Map.of("PLAZA_DATABASE_URL", db.jdbcUrl(), "PLAZA_HOME", home.toString()));
        env.putAll(extraEnv);
        return CliRun.of(env, args);
    }

    private CliRun plaza(String... args) {
        return plaza(Map.of(), args);
    }

    @Test
    void theFirstOwnerGetsAGeneratedPasswordThatLogsIn() {
        CliRun run = plaza("user", "add", "--owner", "owner@brand.example", "--name", "Olga");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("added owner@brand.example as owner");
        String password = run.out().lines().filter(l -> l.startsWith("password: ")).findFirst().orElseThrow().substring(10);
        assertThat(db.store().team().authenticate("owner@brand.example", password.toCharArray()))
                .hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.OWNER));
        assertThat(plaza("user", "list").out()).contains("owner@brand.example").contains("owner");
    }

    @Test
    void aTokenIsPrintedOnceAuthenticatesAndCanBeRevoked() {
        CliRun run = plaza("token", "create", "--role", "viewer", "--name", "reporting");

        String secret = run.out().strip();
        assertThat(secret).startsWith("plz_");
        var token = db.store().apiTokens().authenticate(secret).orElseThrow();
        assertThat(token.role()).isEqualTo(Role.VIEWER);
        assertThat(plaza("token", "list").out()).contains("reporting").doesNotContain(secret);

        assertThat(plaza("token", "revoke", Long.toString(token.id())).exit()).isZero();
        assertThat(db.store().apiTokens().authenticate(secret)).isEmpty();
    }

    @Test
    void importingAnArchiveShowsProgressAndASummaryAndTheSecondTimeAddsNothing() throws IOException {
        Path archive = mastodonArchive();

        CliRun first = plaza("import", "mastodon", archive.toString());
        CliRun second = plaza("import", "mastodon", archive.toString());

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("imported 3 activities, 2 people, 1 conversations");
        assertThat(first.err()).contains("storing").contains("100%");
        assertThat(second.out()).contains("imported 0 activities, 0 people, 0 conversations");
        var workspace = db.store().workspaces().defaultWorkspace();
        assertThat(db.store().channels().list(workspace.id())).extracting(c -> c.handle(), c -> c.kind())
                .contains(org.assertj.core.groups.Tuple.tuple("@brand@brand.example", dev.plaza.core.community.ChannelKind.OWNED));
    }

    @Test
    void aBadArchiveIsRefusedInOneLineAndWritesNothing() throws IOException {
        Path broken = Files.write(home.resolve("archive.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        long before = db.store().workspaces().list().stream()
                .mapToLong(w -> db.store().activities().totals(w.id()).activities()).sum();

        CliRun run = plaza("import", "mastodon", broken.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("plaza: ").contains("archive.zip").doesNotContain("at dev.plaza");
        assertThat(db.store().workspaces().list().stream()
                .mapToLong(w -> db.store().activities().totals(w.id()).activities()).sum()).isEqualTo(before);
    }

    @Test
    void importingABlueskyRepositoryShowsProgressAndASummaryAndTheSecondTimeAddsNothing() throws IOException {
        Path car = Files.write(home.resolve("brand.car"), RepositoryCar.sample());

        CliRun first = plaza("import", "bluesky", car.toString());
        CliRun second = plaza("import", "bluesky", car.toString());

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("imported 4 activities, 2 people, 1 conversations; "
                + "skipped 1 record of other kinds (app.bsky.graph.block)");
        assertThat(first.err()).contains("reading").contains("records").contains("storing").contains("100%");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains("imported 0 activities, 0 people, 0 conversations");
        var workspace = db.store().workspaces().defaultWorkspace();
        assertThat(db.store().channels().list(workspace.id())).extracting(c -> c.platform(), c -> c.handle(), c -> c.kind())
                .contains(org.assertj.core.groups.Tuple.tuple(dev.plaza.core.community.Platform.BLUESKY, RepositoryCar.DID,
                        dev.plaza.core.community.ChannelKind.OWNED));
        var reply = db.store().activities().findByUri(workspace.id(), RepositoryCar.REPLY).orElseThrow();
        assertThat(reply.conversationId()).isPresent();
        assertThat(reply.channelId()).isPresent();
    }

    @Test
    void aDamagedBlueskyRepositoryIsRefusedInOneLineAndWritesNothing() throws IOException {
        byte[] car = RepositoryCar.sample();
        Path cut = Files.write(home.resolve("cut.car"), Arrays.copyOf(car, car.length - 7));
        long before = db.store().workspaces().list().stream()
                .mapToLong(w -> db.store().activities().totals(w.id()).activities()).sum();

        CliRun run = plaza("import", "bluesky", cut.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("plaza: cut.car is not a usable Bluesky repository export: ")
                .contains("the file ends inside the section").doesNotContain("at dev.plaza");
        assertThat(db.store().workspaces().list().stream()
                .mapToLong(w -> db.store().activities().totals(w.id()).activities()).sum()).isEqualTo(before);
    }

    @Test
    void badConfigurationStopsWithAMessageNamingTheKey() {
        CliRun run = plaza(Map.of("PLAZA_PORT", "eighty"), "token", "list");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("port: 'eighty' (from environment variable PLAZA_PORT) is not valid");
    }

    /** A small archive in the shape Mastodon's BackupService writes: actor.json and outbox.json. */
    private Path mastodonArchive() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String actor = "https://brand.example/users/brand";
        ObjectNode actorJson = json.createObjectNode().put("id", actor).put("type", "Person")
                .put("preferredUsername", "brand").put("name", "Brand").put("url", "https://brand.example/@brand");
        ArrayNode items = json.createArrayNode();
        items.add(create(json, actor, 1, "<p>Our repair café opens today!</p>", null, null));
        items.add(create(json, actor, 2, "<p><span class=\"h-card\"><a href=\"https://social.example/@ana\">@ana</a></span> Harbour street 4</p>",
                "https://social.example/users/ana/statuses/9", "https://social.example/users/ana"));
        items.add(json.createObjectNode().put("id", actor + "/statuses/3/activity").put("type", "Announce")
                .put("actor", actor).put("published", "2026-03-01T12:00:00Z")
                .put("object", "https://other.example/users/ben/statuses/5"));
        ObjectNode outbox = json.createObjectNode().put("@context", "https://www.w3.org/ns/activitystreams")
                .put("id", "outbox.json").put("type", "OrderedCollection").put("totalItems", items.size());
        outbox.set("orderedItems", items);

        Path zip = home.resolve("brand-archive.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "actor.json", json.writeValueAsBytes(actorJson));
            entry(out, "outbox.json", json.writeValueAsBytes(outbox));
        }
        return zip;
    }

    private static ObjectNode create(ObjectMapper json, String actor, int id, String html, String inReplyTo, String mentioned) {
        String statusId = actor + "/statuses/" + id;
        ObjectNode note = json.createObjectNode().put("id", statusId).put("type", "Note")
                .put("published", "2026-03-01T10:0%d:00Z".formatted(id)).put("url", "https://brand.example/@brand/" + id)
                .put("attributedTo", actor).put("content", html);
        note.putArray("to").add("https://www.w3.org/ns/activitystreams#Public");
        note.set("contentMap", json.createObjectNode().put("en", html));
        if (inReplyTo != null) {
            note.put("inReplyTo", inReplyTo);
            note.putArray("tag").addObject().put("type", "Mention").put("href", mentioned).put("name", "@ana@social.example");
        }
        ObjectNode create = json.createObjectNode().put("id", statusId + "/activity").put("type", "Create")
                .put("actor", actor).put("published", note.get("published").asText());
        create.set("object", note);
        return create;
    }

    private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

}
