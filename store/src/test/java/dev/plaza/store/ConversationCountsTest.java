package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationFilter;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.activity.Totals;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Overview's conversation totals, kept as conversations start and change status, agree with the inbox's lists. */
class ConversationCountsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-07-01T08:00:00Z");
    private final SeenIdentity ana = account("ana", "social.example");

    @Test
    void totalsFollowNewConversationsRepliesAndStatusChanges() {
        long w = db.newWorkspace().id();
        ingest(w, IntStream.range(0, 7).boxed().flatMap(i -> thread(i).stream()).toList());
        List<IncomingActivity> more = new ArrayList<>(thread(7));
        more.add(reply("https://social.example/r/1b", ana, T0.plusSeconds(60), "And more", "https://social.example/p/1"));
        ingest(w, more);
        assertThat(counted(w)).isEqualTo(listed(w)).isEqualTo(List.of(8L, 8L));

        List<Conversation> all = db.store().conversations().list(w, ConversationFilter.ALL, PageRequest.first(20)).items();
        db.store().conversations().setStatus(w, all.get(0).id(), ConversationStatus.ANSWERED);
        db.store().conversations().setStatus(w, all.get(1).id(), ConversationStatus.IGNORED);
        db.store().conversations().setStatus(w, all.get(2).id(), ConversationStatus.ANSWERED);
        db.store().conversations().setStatus(w, all.get(2).id(), ConversationStatus.ANSWERED);
        db.store().conversations().setStatus(w, all.get(1).id(), ConversationStatus.OPEN);

        assertThat(counted(w)).isEqualTo(listed(w)).isEqualTo(List.of(8L, 6L));
    }

    @Test
    void aWorkspaceWithoutConversationsCountsNone() {
        Totals totals = db.store().activities().totals(db.newWorkspace().id());
        assertThat(List.of(totals.conversations(), totals.openConversations())).containsExactly(0L, 0L);
    }

    /** A post and a reply to it: a conversation. */
    private List<IncomingActivity> thread(int i) {
        return List.of(post("https://social.example/p/" + i, ana, T0.plusSeconds(i), "Post " + i),
                reply("https://social.example/r/" + i, ana, T0.plusSeconds(30 + i), "Reply " + i, "https://social.example/p/" + i));
    }

    private void ingest(long w, List<IncomingActivity> activities) {
        db.store().ingest().ingest(w, new IngestBatch(List.of(ana), activities, Optional.empty()), Progress.NONE);
    }

    private static List<Long> counted(long w) {
        Totals totals = db.store().activities().totals(w);
        return List.of(totals.conversations(), totals.openConversations());
    }

    /** All conversations and the open ones, as the inbox lists them. */
    private static List<Long> listed(long w) {
        List<Long> sizes = new ArrayList<>();
        for (ConversationFilter filter : List.of(ConversationFilter.ALL, ConversationFilter.ofStatus(Optional.of(ConversationStatus.OPEN)))) {
            sizes.add((long) db.store().conversations().list(w, filter, PageRequest.first(100)).items().size());
        }
        return sizes;
    }
}
