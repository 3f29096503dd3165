package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.NewActor;
import dev.plaza.core.community.Platform;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.publishing.Author;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.publishing.Mention;
import dev.plaza.core.publishing.OutboxItem;
import dev.plaza.core.publishing.PollVote;
import dev.plaza.core.publishing.PostPoll;
import dev.plaza.core.publishing.Reaction;
import dev.plaza.core.publishing.ReactionType;
import dev.plaza.core.publishing.Visibility;
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PublishingTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final AtomicLong IDS = new AtomicLong(1_000);
    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

    private Author author;
    private SeenIdentity brand;

    @BeforeEach
    void brand() {
        long w = db.newWorkspace().id();
        byte[] key = {1, 2, 3};
        String username = "brand" + IDS.incrementAndGet();
        long actorId = db.store().localActors().create(w,
                new NewActor(username, ActorKind.ORGANIZATION, "Brand", "", key, key, key, key)).id();
        String actorUri = "https://plaza.example/users/" + username;
        author = new Author(w, actorId, actorUri);
        brand = SeenIdentity.of(Platform.FEDIVERSE, actorUri, "@" + username + "@plaza.example", "Brand", Optional.empty());
    }

    @Test
    void aPublishedPostIsStoredQueuedAndRecordedTogether() {
        LocalPost post = publish(Visibility.PUBLIC, Optional.empty());

        assertThat(db.store().publishing().post(post.id())).contains(post);
        assertThat(db.store().publishing().postByUri(post.uri())).contains(post);
        assertThat(db.store().activities().findByUri(author.workspaceId(), post.uri()).orElseThrow().text())
                .isEqualTo("hello #bikes");
        assertThat(db.store().deliveryJobs().counts(author.workspaceId()).queued()).isEqualTo(2);
    }

    @Test
    void aFailedPublishLeavesNothingBehind() {
        LocalPost post = draft(Visibility.PUBLIC, Optional.empty());
        // The record names an identity the batch does not carry: the ingest step fails inside the transaction.
        IngestBatch broken = new IngestBatch(List.of(), List.of(record(post)), Optional.empty());

        assertThatThrownBy(() -> db.store().publishing().publish(author, post, delivery(post.uri() + "/activity"), broken))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(db.store().publishing().post(post.id())).isEmpty();
        assertThat(db.store().deliveryJobs().counts(author.workspaceId()).queued()).isZero();
    }

    @Test
    void theOutboxListsPublicAndUnlistedPostsAndBoostsNewestFirstInPages() {
        LocalPost first = publish(Visibility.PUBLIC, Optional.empty());
        publish(Visibility.FOLLOWERS, Optional.empty());
        LocalPost third = publish(Visibility.UNLISTED, Optional.empty());
        publish(Visibility.DIRECT, Optional.empty());
        Reaction boost = react(ReactionType.ANNOUNCE, "https://social.example/p/9");
        react(ReactionType.LIKE, "https://social.example/p/9");

        Page<OutboxItem> page1 = db.store().publishing().outbox(author.actorId(), PageRequest.first(2));
        Page<OutboxItem> page2 = db.store().publishing().outbox(author.actorId(),
                new PageRequest(page1.nextCursor(), 2));

        assertThat(page1.items()).extracting(OutboxItem::id).containsExactly(boost.id(), third.id());
        assertThat(page2.items()).extracting(OutboxItem::id).containsExactly(first.id());
        assertThat(page2.nextCursor()).isEmpty();
        assertThat(db.store().publishing().outboxSize(author.actorId())).isEqualTo(3);
        assertThat(db.store().publishing().posts(author.actorId(), PageRequest.first(10)).items()).hasSize(4);
    }

    @Test
    void editsReplaceTheTextAndDeletesTombstoneOnlyForTheOwner() {
        LocalPost post = publish(Visibility.PUBLIC, Optional.empty());
        LocalPost edited = post.edited("hello again", "<p>hello again</p>", Optional.of("bikes"), Optional.of("de"),
                List.of(), List.of(), T0.plusSeconds(60));

        LocalPost stored = db.store().publishing().edit(author, edited, delivery(post.uri() + "#updates/1"));
        assertThat(stored.content()).isEqualTo("<p>hello again</p>");
        assertThat(stored.updated()).contains(T0.plusSeconds(60));
        assertThat(db.store().activities().findByUri(author.workspaceId(), post.uri()).orElseThrow().text())
                .isEqualTo("hello again");

        Author stranger = new Author(author.workspaceId(), author.actorId() + 999, author.actorUri());
        assertThatThrownBy(() -> db.store().publishing().delete(stranger, post.id(), T0.plusSeconds(90),
                delivery(post.uri() + "#delete"))).isInstanceOf(NotFoundException.class);

        LocalPost deleted = db.store().publishing().delete(author, post.id(), T0.plusSeconds(90), delivery(post.uri() + "#delete"));
        assertThat(deleted.deletedAt()).contains(T0.plusSeconds(90));
        assertThat(db.store().publishing().delete(author, post.id(), T0.plusSeconds(99), delivery(post.uri() + "#delete2"))
                .deletedAt()).as("deleting twice").contains(T0.plusSeconds(90));
        assertThat(db.store().activities().findByUri(author.workspaceId(), post.uri()).orElseThrow().text()).isEmpty();
        assertThat(db.store().publishing().outboxSize(author.actorId())).isZero();
    }

    @Test
    void aSecondLikeOfTheSamePostIsTheFirstAndAnUndoneOneCanBeRepeated() {
        Reaction like = react(ReactionType.LIKE, "https://social.example/p/1");
        Reaction again = react(ReactionType.LIKE, "https://social.example/p/1");
        assertThat(again.id()).isEqualTo(like.id());

        Reaction undone = db.store().publishing().undo(author, like.id(), T0.plusSeconds(5), delivery(like.uri() + "/undo"));
        assertThat(undone.undoneAt()).contains(T0.plusSeconds(5));
        assertThat(db.store().activities().findByUri(author.workspaceId(), like.uri()).orElseThrow().text()).isEmpty();

        Reaction liked = react(ReactionType.LIKE, "https://social.example/p/1");
        assertThat(liked.id()).isNotEqualTo(like.id());
        assertThat(db.store().publishing().reactions(author.actorId(), PageRequest.first(10)).items()).hasSize(2);
    }

    @Test
    void pollVotesCountOncePerVoterOnASingleChoicePollAndOnlyWhileOpen() {
        LocalPost poll = publish(Visibility.PUBLIC, Optional.of(new PostPoll(List.of("yes", "no"), false,
                T0.plus(Duration.ofDays(1)))));
        String ana = "https://social.example/users/ana";

        assertThat(vote(poll, ana, "yes", T0.plusSeconds(1))).isTrue();
        assertThat(vote(poll, ana, "no", T0.plusSeconds(2))).as("a second choice on a single-choice poll").isFalse();
        assertThat(vote(poll, "https://other.example/users/ben", "no", T0.plusSeconds(3))).isTrue();
        assertThat(vote(poll, "https://other.example/users/cy", "maybe", T0.plusSeconds(4))).as("not an option").isFalse();
        assertThat(vote(poll, "https://other.example/users/dee", "yes", T0.plus(Duration.ofDays(2)))).as("closed").isFalse();

        var tally = db.store().publishing().tally(poll.id());
        assertThat(tally.votesFor("yes")).isEqualTo(1);
        assertThat(tally.votesFor("no")).isEqualTo(1);
        assertThat(tally.voters()).isEqualTo(2);
        assertThat(db.store().publishing().voters(poll.id())).containsExactly(ana, "https://other.example/users/ben");
    }

    @Test
    void aMultipleChoicePollTakesOneVotePerOption() {
        LocalPost poll = publish(Visibility.PUBLIC, Optional.of(new PostPoll(List.of("red", "green", "blue"), true,
                T0.plus(Duration.ofDays(1)))));
        String ana = "https://social.example/users/ana";

        assertThat(vote(poll, ana, "red", T0.plusSeconds(1))).isTrue();
        assertThat(vote(poll, ana, "blue", T0.plusSeconds(2))).isTrue();
        assertThat(vote(poll, ana, "blue", T0.plusSeconds(3))).isFalse();

        var tally = db.store().publishing().tally(poll.id());
        assertThat(tally.votes()).containsEntry("red", 1L).containsEntry("blue", 1L);
        assertThat(tally.voters()).isEqualTo(1);
        assertThat(db.store().publishing().voters(poll.id())).containsExactly(ana);
    }

    @Test
    void engagementCountsRepliesLikesAndBoostsThatStand() {
        LocalPost post = publish(Visibility.PUBLIC, Optional.empty());
        SeenIdentity ana = account("ana", "social.example");
        db.store().ingest().ingest(author.workspaceId(), new IngestBatch(List.of(ana), List.of(
                reply("https://social.example/p/r1", ana, T0.plusSeconds(10), "nice", post.uri()),
                relation("https://social.example/likes/1", ana, ActivityKind.LIKE, post.uri()),
                relation("https://social.example/likes/2", ana, ActivityKind.LIKE, post.uri()),
                relation("https://social.example/boosts/1", ana, ActivityKind.REPOST, post.uri())), Optional.empty()),
                Progress.NONE);
        db.store().activities().delete(author.workspaceId(), "https://social.example/likes/2", ana.stableId(), T0.plusSeconds(20));

        var engagement = db.store().publishing().engagement(author.workspaceId(), post.uri());
        assertThat(engagement.replies()).isEqualTo(1);
        assertThat(engagement.likes()).isEqualTo(1);
        assertThat(engagement.boosts()).isEqualTo(1);
    }

    private LocalPost publish(Visibility visibility, Optional<PostPoll> poll) {
        LocalPost post = draft(visibility, poll);
        return db.store().publishing().publish(author, post, delivery(post.uri() + "/activity"),
                new IngestBatch(List.of(brand), List.of(record(post)), Optional.empty()));
    }

    private LocalPost draft(Visibility visibility, Optional<PostPoll> poll) {
        long id = IDS.incrementAndGet();
        return new LocalPost(id, author.actorId(), author.actorUri() + "/statuses/" + id, visibility, "hello #bikes",
                "<p>hello #bikes</p>", Optional.empty(), Optional.of("en"), Optional.empty(),
                List.of(new Mention("https://social.example/users/ana", "@ana@social.example")), List.of("bikes"), poll,
                T0.plusSeconds(id), Optional.empty(), Optional.empty());
    }

    private Reaction react(ReactionType type, String object) {
        long id = IDS.incrementAndGet();
        Reaction reaction = new Reaction(id, author.actorId(), author.actorUri() + "#" + type.key() + "s/" + id, type,
                object, "https://social.example/users/ana", T0.plusSeconds(id), Optional.empty());
        return db.store().publishing().react(author, reaction, delivery(reaction.uri()), new IngestBatch(List.of(brand),
                List.of(relation(reaction.uri(), brand, type == ReactionType.LIKE ? ActivityKind.LIKE : ActivityKind.REPOST,
                        object)), Optional.empty()));
    }

    private boolean vote(LocalPost poll, String voter, String choice, Instant at) {
        return db.store().publishing().vote(new PollVote(poll.id(), voter, choice, voter + "#votes/" + IDS.incrementAndGet(), at));
    }

    private IncomingActivity record(LocalPost post) {
        return new IncomingActivity(post.uri(), ActivityKind.POST, brand.key(), post.published(), post.source(),
                post.language(), Optional.empty(), Optional.empty(), Optional.of(post.uri()), List.of(), Optional.empty());
    }

    private static IncomingActivity relation(String uri, SeenIdentity actor, ActivityKind kind, String target) {
        return new IncomingActivity(uri, kind, actor.key(), T0.plusSeconds(30), "", Optional.empty(), Optional.empty(),
                Optional.of(target), Optional.empty(), List.of(), Optional.empty());
    }

    private Delivery delivery(String activityId) {
        return new Delivery(author.actorId(), activityId, "{}".getBytes(StandardCharsets.UTF_8),
                List.of(URI.create("https://social.example/inbox"), URI.create("https://other.example/inbox")));
    }
}
