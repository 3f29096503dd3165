package dev.plaza.web.api;

import dev.plaza.core.Store;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.community.CommunityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.community.Workspace;
import dev.plaza.core.ingest.CommunityRef;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.PersonHint;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.LinkEvidence;
import dev.plaza.core.people.PersonFilter;
import dev.plaza.core.team.Role;
import dev.plaza.federation.actors.ActorProvisioner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small community in one workspace: six people with seven identities on the fediverse and
 * Bluesky (alice has one on each), 21 posts, replies that make three conversations, a like, a
 * repost; a viewer and a manager token; one team member to assign conversations to. Its fediverse
 * actor, which publishes, is made only for the tests that ask for it.
 */
record Seed(Workspace workspace, String viewer, String manager, long memberId) {

    static final List<String> NAMES = List.of("alice", "bob", "carol", "dave", "erin", "frank");
    static final int CONVERSATIONS = 3;
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    static Seed plant(Store store, Workspace workspace) {
        store.ingest().ingest(workspace.id(), batch(workspace.slug()), Progress.NONE);
        String viewer = store.apiTokens().create(workspace.id(), "reader", Role.VIEWER).secret();
        String manager = store.apiTokens().create(workspace.id(), "script", Role.MANAGER).secret();
        long member = store.team().add(workspace.id(), workspace.slug() + "-lead@plaza.test",
                "Lead of " + workspace.slug(), Role.MANAGER, "correct horse battery staple".toCharArray()).id();
        return new Seed(workspace, viewer, manager, member);
    }

    /** The id of the person of a name of {@link #NAMES}, looked up in the store. */
    long person(Store store, String name) {
        return store.people().search(workspace.id(), PersonFilter.ALL, PageRequest.first(PageRequest.MAX_LIMIT))
                .items().stream()
                .filter(p -> p.displayName().equalsIgnoreCase(name))
                .findFirst().orElseThrow().id();
    }

    /** The workspace's fediverse actor, made on first use: the actor the API publishes as. */
    LocalActor brand(Store store) {
        return new ActorProvisioner(store.localActors()).ensure(workspace.id(), "brand_" + workspace.slug().replace('-', '_'),
                ActorKind.ORGANIZATION, "Brand of " + workspace.slug(), "");
    }

    long anyConversation(Store store) {
        return store.conversations().list(workspace.id(), Optional.empty(), PageRequest.first(1)).items().getFirst().id();
    }

    private static IngestBatch batch(String tag) {
        SeenIdentity aliceF = fedi("alice", tag, Optional.of("alice"));
        SeenIdentity aliceB = sky("alice", tag, Optional.of("alice"));
        SeenIdentity bob = fedi("bob", tag, Optional.empty());
        SeenIdentity carol = sky("carol", tag, Optional.empty());
        SeenIdentity dave = fedi("dave", tag, Optional.empty());
        SeenIdentity erin = fedi("erin", tag, Optional.empty());
        SeenIdentity frank = sky("frank", tag, Optional.empty());
        List<SeenIdentity> identities = List.of(aliceF, aliceB, bob, carol, dave, erin, frank);
        var activities = new Activities();
        for (int round = 1; round <= 3; round++) {
            for (SeenIdentity author : identities) {
                activities.post(author, "post-" + round,
                        "%s says hello #%d to %s".formatted(author.displayName(), round, tag));
            }
        }
        activities.reply(bob, "reply-1", "hi alice", uri(aliceF, "post-1"));
        activities.reply(dave, "reply-1", "hi bob", uri(bob, "reply-1"));
        activities.reply(frank, "reply-1", "hi carol", uri(carol, "post-1"));
        activities.reply(aliceB, "reply-1", "hi frank", uri(frank, "reply-1"));
        activities.reply(erin, "reply-1", "hi dave", uri(dave, "post-2"));
        activities.react(ActivityKind.LIKE, erin, "like-1", uri(aliceF, "post-1"));
        activities.react(ActivityKind.LIKE, frank, "like-1", uri(carol, "post-1"));
        activities.react(ActivityKind.REPOST, dave, "repost-1", uri(bob, "post-1"));
        activities.reply(bob, "reply-2", "welcome", uri(erin, "reply-1"));
        return new IngestBatch(identities, activities.all, Optional.empty());
    }

    private static SeenIdentity fedi(String name, String tag, Optional<String> hint) {
        String host = tag + ".social.test";
        return new SeenIdentity(Platform.FEDIVERSE, "https://%s/users/%s".formatted(host, name),
                "@%s@%s".formatted(name, host), capitalized(name), Optional.of("https://%s/@%s".formatted(host, name)),
                hint.map(Seed::linked));
    }

    private static SeenIdentity sky(String name, String tag, Optional<String> hint) {
        return new SeenIdentity(Platform.BLUESKY, "did:plc:%s%s".formatted(tag, name),
                "%s.%s.bsky.test".formatted(name, tag), capitalized(name), Optional.empty(), hint.map(Seed::linked));
    }

    private static PersonHint linked(String hint) {
        return new PersonHint(hint, new LinkEvidence("profile links both accounts", 0.9));
    }

    private static String uri(SeenIdentity author, String local) {
        return author.platform() == Platform.BLUESKY
                ? "at://%s/app.bsky.feed.post/%s".formatted(author.stableId(), local)
                : author.stableId() + "/statuses/" + local;
    }

    /** Activities one minute apart, in the order they are added. */
    private static final class Activities {

        final List<IncomingActivity> all = new ArrayList<>();

        void post(SeenIdentity author, String local, String text) {
            add(ActivityKind.POST, author, local, text, Optional.empty(), Optional.empty());
        }

        void reply(SeenIdentity author, String local, String text, String parent) {
            add(ActivityKind.REPLY, author, local, text, Optional.of(parent), Optional.empty());
        }

        void react(ActivityKind kind, SeenIdentity author, String local, String target) {
            add(kind, author, local, "", Optional.empty(), Optional.of(target));
        }

        private void add(ActivityKind kind, SeenIdentity author, String local, String text, Optional<String> inReplyTo,
                Optional<String> target) {
            String uri = uri(author, local);
            Optional<String> url = Optional.of(uri.startsWith("at://") ? "https://bsky.test/" + uri.substring(5) : uri);
            all.add(new IncomingActivity(uri, kind, author.key(), T0.plusSeconds(60L * all.size()), text,
                    text.isEmpty() ? Optional.empty() : Optional.of("en"), inReplyTo, target, url, List.of(),
                    community(author)));
        }

        private static Optional<CommunityRef> community(SeenIdentity author) {
            if (author.platform() != Platform.FEDIVERSE) {
                return Optional.empty();
            }
            String host = author.handle().substring(author.handle().lastIndexOf('@') + 1);
            return Optional.of(new CommunityRef(Platform.FEDIVERSE, CommunityKind.INSTANCE, host, Optional.empty()));
        }
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
