package dev.plaza.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.reports.NewReport;
import dev.plaza.core.reports.Report;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reports over the API: managers list them newest first, a page at a time, and resolve them; viewers see none. */
class ApiReportsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-02-01T10:00:00Z");
    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = ApiServer.start(db.store());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Report report(Seed seed, String id, Instant at) {
        String brand = "http://127.0.0.1/users/brand_" + seed.workspace().slug();
        return db.store().reports().receive(seed.workspace().id(), new NewReport("https://mod.example/flags/" + id,
                "https://mod.example/actor", "@mod.example@mod.example", List.of(brand), List.of(brand + "/statuses/" + id),
                "reason " + id, at)).orElseThrow();
    }

    @Test
    void managersListReportsNewestFirstAPageAtATimeAndOnlyTheirWorkspaces() {
        Seed seed = Seed.plant(db.store(), db.newWorkspace());
        Seed other = Seed.plant(db.store(), db.newWorkspace());
        report(seed, "1", T0);
        report(seed, "2", T0.plusSeconds(10));
        report(seed, "3", T0.plusSeconds(20));
        report(other, "elsewhere", T0.plusSeconds(30));
        ApiClient manager = server.client(seed.manager());

        JsonNode first = manager.get("/api/v1/reports?limit=2").json();
        JsonNode second = manager.get("/api/v1/reports?limit=2&cursor=" + first.path("next_cursor").asText()).json();

        assertThat(first.path("items")).extracting(item -> item.path("reason").asText()).containsExactly("reason 3", "reason 2");
        assertThat(second.path("items")).extracting(item -> item.path("reason").asText()).containsExactly("reason 1");
        assertThat(second.path("next_cursor").isNull()).isTrue();
        JsonNode newest = first.path("items").get(0);
        assertThat(newest.path("uri").asText()).isEqualTo("https://mod.example/flags/3");
        assertThat(newest.path("reporter").asText()).isEqualTo("https://mod.example/actor");
        assertThat(newest.path("reporter_handle").asText()).isEqualTo("@mod.example@mod.example");
        assertThat(newest.path("posts").get(0).asText()).endsWith("/statuses/3");
        assertThat(newest.path("resolved").asBoolean()).isFalse();
        assertThat(newest.path("resolved_by").isNull()).isTrue();
        assertThat(server.client(seed.viewer()).get("/api/v1/reports").status()).isEqualTo(403);
    }

    @Test
    void resolvingNamesTheCallerAndAnotherWorkspacesReportIsNotFound() {
        Seed seed = Seed.plant(db.store(), db.newWorkspace());
        Seed other = Seed.plant(db.store(), db.newWorkspace());
        Report mine = report(seed, "mine", T0);
        Report theirs = report(other, "theirs", T0);
        ApiClient owner = server.client(db.store().apiTokens().create(seed.workspace().id(), "moderation", Role.OWNER)
                .secret());

        ApiResponse resolved = owner.post("/api/v1/reports/%d/resolve".formatted(mine.id()), "");

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().path("resolved").asBoolean()).isTrue();
        assertThat(resolved.json().path("resolved_by").asText()).isEqualTo("token moderation");
        assertThat(resolved.json().path("resolved_at").asText()).isNotEmpty();
        ApiResponse again = owner.post("/api/v1/reports/%d/resolve".formatted(mine.id()), "");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().path("error").path("message").asText()).contains("resolved already, by token moderation");
        assertThat(owner.post("/api/v1/reports/%d/resolve".formatted(theirs.id()), "").status()).isEqualTo(404);
        assertThat(db.store().reports().find(other.workspace().id(), theirs.id()).orElseThrow().open()).isTrue();
    }
}
