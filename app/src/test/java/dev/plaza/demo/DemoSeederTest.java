package dev.plaza.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plaza.core.Store;
import dev.plaza.core.activity.Totals;
import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.community.Workspace;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.team.Role;
import dev.plaza.core.team.TeamMember;
import dev.plaza.store.testing.TestStore;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DemoSeederTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Set<String> steps = new LinkedHashSet<>();
    private static Workspace demo;

    @BeforeAll
    static void seed() {
        long started = System.nanoTime();
        demo = DemoSeeder.seed(db.store(), (step, done, total) -> steps.add(step));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("seeded the demo in %d ms: %s%n", millis, db.store().activities().totals(demo.id()));
    }

    @Test
    void seedingCreatesTheDemoWorkspaceWithAllTheGeneratedCommunity() {
        Totals totals = db.store().activities().totals(demo.id());
        IngestBatch batch = DemoCommunity.generate();

        assertThat(demo.slug()).isEqualTo("demo");
        assertThat(demo.name()).isEqualTo("Fernhill Bikes (demo)");
        assertThat(demo.demo()).isTrue();
        assertThat(steps).contains("generating");
        assertThat(totals.activities()).isEqualTo(batch.activities().size());
        assertThat(totals.identities()).isEqualTo(batch.identities().size());
        assertThat(totals.people()).isEqualTo(people(batch));
        assertThat(totals.communities()).isEqualTo(
                batch.activities().stream().flatMap(activity -> activity.community().stream()).distinct().count());
        assertThat(totals.conversations()).isGreaterThan(2_000);
        assertThat(db.store().activities().findByUri(demo.id(), batch.activities().getLast().uri()))
                .hasValueSatisfying(last -> assertThat(last.at()).isEqualTo(batch.activities().getLast().at()));
    }

    @Test
    void seedingAgainReturnsTheSameWorkspaceAndAddsNothing() {
        Store store = db.store();
        Totals before = store.activities().totals(demo.id());

        Workspace again = DemoSeeder.seed(store, Progress.NONE);

        assertThat(again).isEqualTo(demo);
        assertThat(store.activities().totals(again.id())).isEqualTo(before);
        assertThat(store.workspaces().list()).filteredOn(workspace -> workspace.slug().equals("demo")).hasSize(1);
        assertThat(store.channels().list(again.id())).hasSize(6);
        assertThat(store.team().list(again.id())).hasSize(1);
    }

    @Test
    void theDemoHasItsGoalChannelsAndALoginForItsOwner() {
        Store store = db.store();

        TeamMember owner = store.team()
                .authenticate(DemoSeeder.DEMO_EMAIL, DemoSeeder.DEMO_PASSWORD.toCharArray()).orElseThrow();

        assertThat(owner.workspaceId()).isEqualTo(demo.id());
        assertThat(owner.role()).isEqualTo(Role.OWNER);
        assertThat(store.goals().of(demo.id()).description()).contains("city cycling safe and joyful");
        assertThat(store.goals().of(demo.id()).hashtags()).contains("#citycycling");
        assertThat(store.channels().list(demo.id()))
                .extracting(Channel::platform, Channel::handle, Channel::kind)
                .contains(tuple(Platform.FEDIVERSE, "@brand@localhost:8080", ChannelKind.OWNED),
                        tuple(Platform.BLUESKY, "fernhillbikes.bsky.example", ChannelKind.OWNED),
                        tuple(Platform.FEDIVERSE, "#citycycling", ChannelKind.LISTENING),
                        tuple(Platform.FORUM, "forum.fernhill.example", ChannelKind.LISTENING),
                        tuple(Platform.SLACK, "fernhill-riders.slack.example", ChannelKind.LISTENING));
    }

    private static long people(IngestBatch batch) {
        return batch.identities().stream()
                .map(identity -> identity.personHint().map(hint -> "hint " + hint.key())
                        .orElse(identity.platform() + " " + identity.stableId()))
                .distinct()
                .count();
    }
}
