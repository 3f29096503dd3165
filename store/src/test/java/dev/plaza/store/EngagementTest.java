package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.like;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.engagement.Cohort;
import dev.plaza.core.engagement.EngagementLevel;
import dev.plaza.core.engagement.EngagementMonth;
import dev.plaza.core.engagement.LevelFlow;
import dev.plaza.core.engagement.PersonEngagement;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.PersonFilter;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Four months of a community of three whose engagement is known by construction: Ana posts (3 points a
 * post), Bob replies (2), Cal likes (0.5); the levels take the love of the last three months.
 */
class EngagementTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate FEB = JAN.plusMonths(1);
    private static final LocalDate MAR = JAN.plusMonths(2);
    private static final LocalDate APR = JAN.plusMonths(3);
    private final SeenIdentity brand = account("brand", "plaza.example");
    private final SeenIdentity ana = account("ana", "social.example");
    private final SeenIdentity bob = account("bob", "social.example");
    private final SeenIdentity cal = account("cal", "other.example");
    private final PostScorer replyToBrand = post -> new PostScore(new SentimentScore(Sentiment.NEUTRAL, 0.9),
            post.replyToBrand() ? new AdvocacyReading(Advocacy.REPLY_TO_BRAND, Optional.empty()) : AdvocacyReading.NONE);

    private static Instant at(LocalDate month, int day, int hour) {
        return month.plusDays(day - 1).atTime(hour, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    private long community() {
        long w = db.newWorkspace().id();
        db.store().channels().add(w, Platform.FEDIVERSE, brand.stableId(), ChannelKind.OWNED, Optional.empty());
        List<IncomingActivity> activities = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            activities.add(post("https://social.example/ana/jan-" + i, ana, at(JAN, i, 9), "January post " + i));
        }
        activities.add(reply("https://social.example/bob/jan", bob, at(JAN, 5, 9), "Nice one", "https://social.example/ana/jan-1"));
        activities.add(like("https://other.example/cal/like", cal, at(JAN, 6, 9), "https://social.example/ana/jan-1"));
        activities.add(reply("https://plaza.example/brand/jan", brand, at(JAN, 7, 9), "Thanks Ana!", "https://social.example/ana/jan-2"));
        for (int i = 1; i <= 8; i++) {
            activities.add(post("https://social.example/ana/feb-" + i, ana, at(FEB, i, 9), "February post " + i));
        }
        activities.add(post("https://plaza.example/brand/apr", brand, at(APR, 1, 9), "Spring is here"));
        activities.add(reply("https://social.example/bob/apr", bob, at(APR, 2, 9), "Finally", "https://plaza.example/brand/apr"));
        ingest(w, 1, activities);
        return w;
    }

    private void ingest(long w, long position, List<IncomingActivity> activities) {
        db.store().streams().ingest(w, new StreamBatch("test", position, new IngestBatch(List.of(brand, ana, bob, cal), activities,
                Optional.empty()), List.of(), List.of()));
        while (db.store().scoring().scoreQueued(100, replyToBrand) > 0) {
            // until the queue is empty
        }
    }

    private long person(long w, String name) {
        return db.store().people().search(w, new PersonFilter(Optional.of(name), Optional.empty()), PageRequest.first(5))
                .items().getFirst().id();
    }

    private Map<String, EngagementLevel> levels(long w, LocalDate month) {
        return db.store().engagement().gravity(w, month, Optional.empty(), Optional.empty(), 10).stream()
                .collect(Collectors.toMap(PersonEngagement::displayName, PersonEngagement::level));
    }

    @Test
    void levelsFollowTheLoveOfTheLastThreeMonths() {
        long w = community();

        assertThat(db.store().engagement().recompute(w, false)).as("January, February and April").isEqualTo(3);

        assertThat(levels(w, JAN)).isEqualTo(Map.of("Ana", EngagementLevel.CONTRIBUTOR, "Bob", EngagementLevel.PARTICIPANT,
                "Cal", EngagementLevel.OBSERVER));
        assertThat(levels(w, FEB)).containsEntry("Ana", EngagementLevel.AMBASSADOR).containsEntry("Bob", EngagementLevel.PARTICIPANT);
        assertThat(levels(w, MAR)).as("a quiet month keeps the window's love").isEqualTo(levels(w, FEB));
        assertThat(levels(w, APR)).as("Cal's like has left the window")
                .isEqualTo(Map.of("Ana", EngagementLevel.AMBASSADOR, "Bob", EngagementLevel.PARTICIPANT));
        PersonEngagement anaInFeb = db.store().engagement().gravity(w, FEB, Optional.empty(), Optional.empty(), 1).getFirst();
        assertThat(anaInFeb.displayName()).isEqualTo("Ana");
        assertThat(anaInFeb.love()).isCloseTo(33, within(1e-6));
        assertThat(anaInFeb.reach()).as("Bob replied to her; Cal's like reaches no one").isEqualTo(1);
        assertThat(db.store().engagement().gravity(w, JAN, Optional.of(EngagementLevel.PARTICIPANT), Optional.empty(), 10))
                .extracting(PersonEngagement::displayName).containsExactly("Bob");
        assertThat(db.store().engagement().ofPerson(w, person(w, "Bob"), JAN, APR)).extracting(PersonEngagement::month)
                .containsExactly(JAN, FEB, MAR, APR);
    }

    @Test
    void movementRelationshipAndRetentionByMonth() {
        long w = community();
        db.store().engagement().recompute(w, false);

        List<EngagementMonth> months = db.store().engagement().months(w, JAN, APR);

        assertThat(months).extracting(EngagementMonth::month).containsExactly(JAN, FEB, APR);
        EngagementMonth jan = months.get(0);
        assertThat(jan.movedUp()).as("everyone arrives").isEqualTo(3);
        assertThat(jan.active()).isEqualTo(3);
        assertThat(jan.newcomers()).isEqualTo(3);
        assertThat(jan.answeredByBrand()).as("the brand thanked Ana").isEqualTo(1);
        assertThat(jan.fromBrand()).isEqualTo(1);
        assertThat(jan.medianResponse()).as("Ana's post of 2 January, thanked on the 7th").contains(java.time.Duration.ofDays(5));
        EngagementMonth feb = months.get(1);
        assertThat(feb.movedUp()).as("Ana, contributor to ambassador").isEqualTo(1);
        assertThat(feb.movedDown()).isZero();
        assertThat(feb.people(EngagementLevel.AMBASSADOR)).isEqualTo(1);
        EngagementMonth apr = months.get(2);
        assertThat(apr.movedDown()).as("Cal, no longer active").isEqualTo(1);
        assertThat(apr.turnedToBrand()).as("Bob replied to the brand").isEqualTo(1);
        assertThat(apr.toBrand()).isEqualTo(1);
        assertThat(apr.newcomers()).isZero();
        assertThat(apr.medianResponse()).as("the brand replied to nobody in April").isEmpty();
        assertThat(db.store().engagement().flows(w, FEB)).contains(new LevelFlow(FEB, Optional.of(EngagementLevel.CONTRIBUTOR),
                Optional.of(EngagementLevel.AMBASSADOR), 1));

        assertThat(db.store().engagement().gravity(w, FEB, Optional.empty(), Optional.of(dev.plaza.core.engagement.Movement.UP), 10))
                .extracting(PersonEngagement::displayName).containsExactly("Ana");
        assertThat(db.store().engagement().gravity(w, APR, Optional.empty(), Optional.of(dev.plaza.core.engagement.Movement.DOWN), 10))
                .as("as they were in March").extracting(PersonEngagement::displayName, PersonEngagement::month)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cal", MAR));

        List<Cohort> cohorts = db.store().engagement().cohorts(w, JAN, APR);
        assertThat(cohorts).singleElement().satisfies(c -> {
            assertThat(c.month()).isEqualTo(JAN);
            assertThat(c.active()).containsExactly(3L, 1L, 0L, 1L);
            assertThat(c.retention(3)).isCloseTo(1.0 / 3, within(1e-9));
        });
        assertThat(db.store().engagement().latestMonth(w)).contains(APR);
        assertThat(db.store().engagement().months(w + 1, JAN, APR)).as("another workspace's").isEmpty();
    }

    @Test
    void onlyTheMonthsThatChangedAreReadAgain() {
        long w = community();
        db.store().engagement().recompute(w, false);

        assertThat(db.store().engagement().recompute(w, false)).as("nothing new").isZero();
        ingest(w, 2, List.of(post("https://other.example/cal/apr", cal, at(APR, 20, 9), "Back again")));

        assertThat(db.store().engagement().recompute(w, false)).isEqualTo(1);
        assertThat(levels(w, APR)).containsEntry("Cal", EngagementLevel.PARTICIPANT);
        assertThat(db.store().engagement().months(w, APR, APR).getFirst().movedDown()).as("Cal stayed").isZero();
        assertThat(db.store().engagement().recompute(w, true)).as("every month when asked").isEqualTo(3);
        assertThat(levels(w, APR)).containsEntry("Cal", EngagementLevel.PARTICIPANT);
    }

    @Test
    void theNewcomersOfAMonthAreThoseFirstActiveInIt() {
        long w = community();
        SeenIdentity dee = account("dee", "other.example");
        db.store().streams().ingest(w, new StreamBatch("test", 2, new IngestBatch(List.of(dee, ana), List.of(
                post("https://other.example/dee/apr", dee, at(APR, 10, 9), "Hello everyone"),
                post("https://social.example/ana/apr", ana, at(APR, 11, 9), "April post")), Optional.empty()), List.of(), List.of()));
        db.store().engagement().recompute(w, false);

        assertThat(newcomers(w, JAN)).containsExactlyInAnyOrder("Ana", "Bob", "Cal");
        assertThat(newcomers(w, FEB)).as("Ana was active before").isEmpty();
        assertThat(newcomers(w, APR)).as("Ana and Bob came back; Dee is new").containsExactly("Dee");
        for (LocalDate month : List.of(JAN, FEB, APR)) {
            assertThat((long) newcomers(w, month).size()).as("the chart's count for %s", month)
                    .isEqualTo(db.store().engagement().months(w, month, month).getFirst().newcomers());
        }
    }

    private List<String> newcomers(long w, LocalDate month) {
        return db.store().engagement().gravity(w, month, Optional.empty(), Optional.of(dev.plaza.core.engagement.Movement.ARRIVED), 10)
                .stream().map(PersonEngagement::displayName).toList();
    }
}
