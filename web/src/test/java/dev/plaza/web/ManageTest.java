package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What managers change from the pages: conversation status and assignee, merges and their undo. */
class ManageTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;
    static Browser manager;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "manage", false);
        server = TestServers.start(db.store());
        manager = community.browser(server, Role.MANAGER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aManagerMarksAConversationAnsweredAndAssignsIt() {
        long id = community.conversationOf(db.store(), Community.ADA_POST);
        long member = db.store().team().findByEmail(community.email(Role.MANAGER)).orElseThrow().id();
        String thread = manager.get("/conversations/" + id).body();
        assertThat(thread).contains("Set status").contains("Assign");

        assertThat(manager.post("/conversations/" + id + "/status", Map.of("status", "answered")).statusCode()).isEqualTo(303);
        assertThat(manager.post("/conversations/" + id + "/assign", Map.of("member", Long.toString(member))).statusCode())
                .isEqualTo(303);

        var conversation = db.store().conversations().find(community.workspace().id(), id).orElseThrow();
        assertThat(conversation.status()).isEqualTo(ConversationStatus.ANSWERED);
        assertThat(conversation.assigneeId()).contains(member);
        assertThat(manager.get("/conversations/" + id).body()).contains("assigned to Manager of manage");
        assertThat(manager.get("/conversations?status=answered").body()).contains("/conversations/" + id + "\"");
        assertThat(manager.get("/conversations?status=open").body()).doesNotContain("/conversations/" + id + "\"");
        assertThat(manager.get("/conversations?assignee=" + member).body()).contains("/conversations/" + id + "\"")
                .contains("<option value=\"" + member + "\" selected>");
        assertThat(manager.get("/conversations?assignee=nobody").body()).doesNotContain("/conversations/" + id + "\"");
        assertThat(manager.get("/conversations?platform=bluesky&assignee=" + member).body())
                .doesNotContain("/conversations/" + id + "\"").contains("No conversations match these filters.");
    }

    @Test
    void anUnknownStatusIsRefusedWithAMessage() {
        long id = community.conversationOf(db.store(), "/users/linus/statuses/4");

        manager.post("/conversations/" + id + "/status", Map.of("status", "closed"));

        assertThat(manager.get("/conversations/" + id).body()).contains("unknown conversation status");
    }

    @Test
    void aManagerMergesTwoPeopleAndUndoesTheMerge() {
        long grace = community.person(db.store(), "Grace");
        long linus = community.person(db.store(), "Linus");
        manager.get("/people/" + grace);

        HttpResponse<String> merged = manager.post("/people/" + grace + "/merge",
                Map.of("merged_id", Long.toString(linus), "reason", "same person, two accounts"));

        assertThat(merged.statusCode()).isEqualTo(303);
        String profile = manager.get("/people/" + grace).body();
        assertThat(profile).contains("Merged Linus into this person").contains("@linus@manage.social.test")
                .contains("same person, two accounts").contains("Undo merge");
        assertThat(manager.get("/people/" + linus).statusCode()).isEqualTo(404);

        long mergeId = db.store().people().mergesOf(community.workspace().id(), grace).getFirst().id();
        assertThat(manager.post("/people/" + grace + "/merges/" + mergeId + "/undo", Map.of()).statusCode()).isEqualTo(303);

        assertThat(manager.get("/people/" + grace).body()).contains("Undid the merge").contains("undone")
                .doesNotContain("@linus@manage.social.test</");
        assertThat(manager.get("/people/" + linus).statusCode()).isEqualTo(200);
    }

    @Test
    void aViewerSeesNoManagerControls() {
        Browser viewer = community.browser(server, Role.VIEWER);
        long id = community.conversationOf(db.store(), Community.ADA_POST);

        assertThat(viewer.get("/conversations/" + id).body()).doesNotContain("Set status");
        assertThat(viewer.get("/people/" + community.person(db.store(), "Ada")).body()).doesNotContain("Merge another person");
        assertThat(viewer.post("/conversations/" + id + "/status", Map.of("status", "ignored")).statusCode()).isEqualTo(403);
    }
}
