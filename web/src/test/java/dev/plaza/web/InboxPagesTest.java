package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The inbox's pages: its filters in the URL, team notes on a thread, saved views, and one row for live updates. */
class InboxPagesTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;
    static Browser manager;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "inbox", false);
        server = TestServers.start(db.store());
        manager = community.browser(server, Role.MANAGER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theFiltersStayInTheUrlAndInTheForm() {
        String page = manager.get("/conversations?language=en&reason=keyword&unanswered=true").body();

        assertThat(page).contains("value=\"en\"").contains("<option value=\"keyword\" selected")
                .contains("id=\"unanswered\" name=\"unanswered\" value=\"true\" checked")
                .contains("No conversations match these filters.")
                .contains("data-events=\"/conversations/events\"").contains("Keyboard shortcuts");
        assertThat(manager.get("/conversations?reason=shouting").body()).contains("unknown match reason 'shouting'");
    }

    @Test
    void aManagerAddsANoteThatTheTeamReadsOnTheThread() {
        long id = community.conversationOf(db.store(), Community.ADA_POST);
        manager.get("/conversations/" + id);

        assertThat(manager.post("/conversations/" + id + "/notes", Map.of("text", "Ada is a regular; answer by noon."))
                .statusCode()).isEqualTo(303);
        assertThat(manager.post("/conversations/" + id + "/notes", Map.of("text", "x".repeat(5001))).statusCode()).isEqualTo(303);

        String thread = manager.get("/conversations/" + id).body();
        assertThat(thread).contains("Team notes").contains("Ada is a regular; answer by noon.").contains("Manager of inbox")
                .contains("5001");
        Browser viewer = community.browser(server, Role.VIEWER);
        assertThat(viewer.get("/conversations/" + id).body()).contains("Ada is a regular; answer by noon.")
                .doesNotContain("Add note");
        assertThat(viewer.post("/conversations/" + id + "/notes", Map.of("text", "hi")).statusCode()).isEqualTo(403);
    }

    @Test
    void aMemberSavesTheCurrentFiltersAsAViewThatOnlyTheySee() {
        manager.get("/conversations?status=open&platform=bluesky");
        assertThat(manager.post("/conversations/views", Map.of("name", "Open on Bluesky", "status", "open",
                "platform", "bluesky")).statusCode()).isEqualTo(303);

        String list = manager.get("/conversations").body();
        assertThat(list).contains("Open on Bluesky").contains("href=\"/conversations?status=open&amp;platform=bluesky\"");
        Browser viewer = community.browser(server, Role.VIEWER);
        assertThat(viewer.get("/conversations").body()).doesNotContain("Open on Bluesky");

        long member = db.store().team().findByEmail(community.email(Role.MANAGER)).orElseThrow().id();
        long view = db.store().savedViews().of(community.workspace().id(), member).getFirst().id();
        assertThat(viewer.post("/conversations/views/" + view + "/delete", Map.of())
                .statusCode()).as("not the viewer's view").isEqualTo(404);
        assertThat(manager.post("/conversations/views/" + view + "/delete", Map.of()).statusCode()).isEqualTo(303);
        assertThat(manager.get("/conversations").body()).doesNotContain("Open on Bluesky");
    }

    @Test
    void oneRowIsShownOnlyWhenItPassesTheFilters() {
        long id = community.conversationOf(db.store(), Community.ADA_POST);
        db.store().conversations().setStatus(community.workspace().id(), id, ConversationStatus.OPEN);

        assertThat(manager.get("/conversations/" + id + "/row?status=open").body()).contains("id=\"conversation-" + id + "\"");
        assertThat(manager.get("/conversations/" + id + "/row?status=ignored").body()).isEmpty();
        assertThat(manager.get("/conversations/999999/row").statusCode()).isEqualTo(404);
    }
}
