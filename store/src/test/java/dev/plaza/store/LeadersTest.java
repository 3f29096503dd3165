package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.leaders.Interaction;
import dev.plaza.core.leaders.Leader;
import dev.plaza.core.leaders.LeaderRanking;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A small community whose leader is known by construction: everyone answers Ana, and nobody counts the
 * brand, on any of its platforms.
 */
class LeadersTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    private final SeenIdentity brand = account("brand", "plaza.example");
    private final SeenIdentity ana = account("ana", "social.example");
    private final SeenIdentity bo = account("bo", "social.example");
    private final SeenIdentity cy = account("cy", "social.example");
    /** The brand's forum account, linked to the brand's person but not one of its channels. */
    private final SeenIdentity brandOnTheForum = new SeenIdentity(Platform.FORUM, "https://forum.example/u/fernhill", "fernhill",
            "Brand", Optional.empty(), Optional.of(new dev.plaza.core.ingest.PersonHint("brand",
            new dev.plaza.core.people.LinkEvidence("the same team", 1.0))));

    @Test
    void theOneEveryoneAnswersLeadsWithTheEvidence() {
        long w = db.newWorkspace().id();
        db.store().channels().add(w, Platform.FEDIVERSE, brand.stableId(), ChannelKind.OWNED, Optional.empty());
        SeenIdentity linkedBrand = new SeenIdentity(brand.platform(), brand.stableId(), brand.handle(), brand.displayName(),
                brand.profileUrl(), brandOnTheForum.personHint());
        db.store().ingest().ingest(w, new IngestBatch(List.of(linkedBrand, brandOnTheForum, ana, bo, cy), List.of(
                post("https://social.example/p/1", ana, T0, "How do you all store bikes in winter?"),
                reply("https://social.example/p/2", bo, T0.plusSeconds(60), "In the cellar", "https://social.example/p/1"),
                reply("https://social.example/p/3", cy, T0.plusSeconds(120), "Under a cover", "https://social.example/p/1"),
                reply("https://social.example/p/4", ana, T0.plusSeconds(180), "Thanks Bo!", "https://social.example/p/2"),
                post("https://plaza.example/p/5", brand, T0.plusSeconds(240), "Winter service week"),
                reply("https://social.example/p/6", bo, T0.plusSeconds(300), "Booked!", "https://plaza.example/p/5"),
                reply("https://social.example/p/7", cy, T0.plusSeconds(360), "Me too", "https://plaza.example/p/5"),
                post("https://forum.example/t/8", brandOnTheForum, T0.plusSeconds(400), "Forum: winter hours"),
                reply("https://forum.example/t/9", bo, T0.plusSeconds(460), "Thanks", "https://forum.example/t/8")),
                Optional.empty()), Progress.NONE);

        List<Interaction> interactions = db.store().leaders().interactions(w);
        var ranked = LeaderRanking.rank(interactions, 10);
        db.store().leaders().replaceAll(w, ranked, T0.plusSeconds(3600));

        assertThat(interactions).as("replies among people only: the brand's thread is not a lead")
                .extracting(Interaction::kind).containsOnly(Interaction.Kind.REPLY).hasSize(3);
        List<Leader> leaders = db.store().leaders().of(w, Optional.empty(), 10);
        assertThat(leaders).first().satisfies(l -> {
            assertThat(l.displayName()).isEqualTo("Ana");
            assertThat(l.rank()).isEqualTo(1);
            assertThat(l.repliers()).isEqualTo(2);
        });
        assertThat(leaders).extracting(Leader::displayName).doesNotContain("Brand");
        assertThat(db.store().leaders().of(w, Optional.of(12345L), 10)).isEmpty();

        db.store().leaders().replaceAll(w, java.util.Map.of(), T0.plusSeconds(7200));
        assertThat(db.store().leaders().of(w, Optional.empty(), 10)).as("a new ranking replaces the old one whole").isEmpty();
    }
}
