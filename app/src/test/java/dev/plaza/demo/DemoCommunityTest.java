package dev.plaza.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.CommunityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.CommunityRef;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.PersonHint;
import dev.plaza.core.ingest.SeenIdentity;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoCommunityTest {

    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

    private static IngestBatch batch;
    private static Map<String, IncomingActivity> byUri;

    private static long cpuMillis;

    @BeforeAll
    static void generate() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        batch = DemoCommunity.generate();
        cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        System.out.printf("generated %d identities and %d activities in %d ms (%d ms of CPU)%n",
                batch.identities().size(), batch.activities().size(), (System.nanoTime() - started) / 1_000_000,
                cpuMillis);
        byUri = batch.activities().stream().collect(Collectors.toMap(IncomingActivity::uri, Function.identity()));
    }

    @Test
    void generatingTwiceGivesTheSameBatch() {
        IngestBatch again = DemoCommunity.generate();

        assertThat(Digest.of(again)).isEqualTo(Digest.of(batch));
        assertThat(again).isEqualTo(batch);
    }

    @Test
    void generatingInAFreshJvmTakesWellUnderTwoSecondsOfCpu() {
        assertThat(cpuMillis).isLessThan(2_000);
    }

    @Test
    void aboutTwoThousandPeopleWithAboutTwentySixHundredIdentities() {
        Map<String, List<SeenIdentity>> people = people(batch.identities());
        long linked = people.values().stream().filter(identities -> identities.size() > 1).count();

        assertThat(people).hasSizeBetween(1_800, 2_200);
        assertThat(batch.identities()).hasSizeBetween(2_400, 2_800);
        assertThat((double) linked / people.size()).isBetween(0.15, 0.3);
        assertThat(people.values()).allSatisfy(identities -> assertThat(identities).hasSizeLessThanOrEqualTo(5));
    }

    @Test
    void everyIdentityIsUniqueAndAPersonHasAtMostOneIdentityPerPlatform() {
        assertThat(batch.identities()).extracting(SeenIdentity::key).doesNotHaveDuplicates();
        assertThat(batch.identities()).extracting(identity -> identity.platform() + " " + identity.handle())
                .doesNotHaveDuplicates();
        people(batch.identities()).values().forEach(identities ->
                assertThat(identities).extracting(SeenIdentity::platform).doesNotHaveDuplicates());
    }

    @Test
    void peopleAndActivitiesAreOnAllFivePlatforms() {
        Set<Platform> five = EnumSet.of(Platform.FEDIVERSE, Platform.BLUESKY, Platform.LENS, Platform.FORUM,
                Platform.SLACK);

        assertThat(batch.identities()).extracting(SeenIdentity::platform).containsAll(five);
        assertThat(batch.activities()).extracting(a -> a.author().platform()).containsAll(five);
    }

    @Test
    void aboutFiftyThousandActivitiesOfEveryKindLikesTheMostCommon() {
        Map<ActivityKind, Long> kinds = batch.activities().stream()
                .collect(Collectors.groupingBy(IncomingActivity::kind, Collectors.counting()));

        assertThat(batch.activities()).hasSizeBetween(45_000, 55_000);
        assertThat(kinds).containsKeys(ActivityKind.POST, ActivityKind.REPLY, ActivityKind.MENTION,
                ActivityKind.REPOST, ActivityKind.LIKE, ActivityKind.FOLLOW, ActivityKind.VOTE);
        assertThat(kinds.get(ActivityKind.LIKE)).isGreaterThan(kinds.get(ActivityKind.REPLY));
        assertThat(kinds.get(ActivityKind.REPLY)).isGreaterThan(kinds.get(ActivityKind.POST));
    }

    @Test
    void everyAuthorAndEveryMentionIsAnIdentityOfTheBatch() {
        Set<IdentityKey> identities = batch.identities().stream().map(SeenIdentity::key).collect(Collectors.toSet());

        assertThat(batch.activities()).allSatisfy(activity -> {
            assertThat(identities).contains(activity.author());
            assertThat(identities).containsAll(activity.mentions());
        });
    }

    @Test
    void everyReplyAnswersAnEarlierActivityOfTheBatchOnTheSamePlatform() {
        List<IncomingActivity> replies = batch.activities().stream()
                .filter(activity -> activity.inReplyToUri().isPresent()).toList();

        assertThat(replies).isNotEmpty().allSatisfy(reply -> {
            assertThat(reply.kind()).isEqualTo(ActivityKind.REPLY);
            IncomingActivity parent = byUri.get(reply.inReplyToUri().orElseThrow());
            assertThat(parent).as("parent of %s", reply.uri()).isNotNull();
            assertThat(parent.at()).isBefore(reply.at());
            assertThat(parent.author().platform()).isEqualTo(reply.author().platform());
        });
    }

    @Test
    void likesRepostsAndVotesTargetActivitiesAndFollowsTargetIdentities() {
        Set<String> stableIds = batch.identities().stream().map(SeenIdentity::stableId).collect(Collectors.toSet());
        Set<ActivityKind> reactions = EnumSet.of(ActivityKind.LIKE, ActivityKind.REPOST, ActivityKind.VOTE);

        assertThat(batch.activities()).allSatisfy(activity -> {
            if (reactions.contains(activity.kind())) {
                IncomingActivity target = byUri.get(activity.targetUri().orElseThrow());
                assertThat(target).as("target of %s", activity.uri()).isNotNull();
                assertThat(target.at()).isBefore(activity.at());
                assertThat(target.author()).isNotEqualTo(activity.author());
            } else if (activity.kind() == ActivityKind.FOLLOW) {
                assertThat(stableIds).contains(activity.targetUri().orElseThrow());
            } else {
                assertThat(activity.targetUri()).isEmpty();
            }
        });
    }

    @Test
    void everythingHappensWithinTheTwelveMonthsUpToOctober2026InTimeOrder() {
        assertThat(DemoCommunity.FROM).isEqualTo("2025-11-01T00:00:00Z");
        assertThat(DemoCommunity.TO).isEqualTo("2026-10-31T23:59:59Z");
        assertThat(batch.activities()).allSatisfy(activity ->
                assertThat(activity.at()).isBetween(DemoCommunity.FROM, DemoCommunity.TO));
        assertThat(batch.activities()).extracting(IncomingActivity::at).isSorted();
    }

    @Test
    void urisAreUnique() {
        assertThat(byUri).hasSameSizeAs(batch.activities());
    }

    @Test
    void threadsNestSeveralLevelsAndTheBrandAnswersManyQuestionsButNotAll() {
        Set<IdentityKey> brand = brandKeys();
        int deepest = batch.activities().stream().mapToInt(this::depth).max().orElseThrow();
        Map<String, List<IncomingActivity>> replies = batch.activities().stream()
                .filter(activity -> activity.inReplyToUri().isPresent())
                .collect(Collectors.groupingBy(activity -> activity.inReplyToUri().orElseThrow()));
        List<IncomingActivity> questions = batch.activities().stream()
                .filter(activity -> activity.kind() == ActivityKind.POST && activity.text().endsWith("?"))
                .toList();
        long answeredByBrand = questions.stream()
                .filter(question -> replies.getOrDefault(question.uri(), List.of()).stream()
                        .anyMatch(reply -> brand.contains(reply.author())))
                .count();

        assertThat(deepest).isBetween(3, 6);
        assertThat(questions).hasSizeGreaterThan(200);
        assertThat((double) answeredByBrand / questions.size()).isBetween(0.3, 0.85);
    }

    @Test
    void theBrandPostsOnEveryPlatformAndIsMentionedAndFollowed() {
        Set<IdentityKey> brand = brandKeys();
        List<IncomingActivity> byBrand = batch.activities().stream()
                .filter(activity -> brand.contains(activity.author())).toList();

        assertThat(brand).hasSize(5);
        assertThat(byBrand).extracting(activity -> activity.author().platform()).containsAll(
                EnumSet.of(Platform.FEDIVERSE, Platform.BLUESKY, Platform.LENS, Platform.FORUM, Platform.SLACK));
        assertThat(batch.activities()).filteredOn(activity -> activity.kind() == ActivityKind.MENTION)
                .allSatisfy(mention -> assertThat(mention.mentions()).containsAnyElementsOf(brand));
        assertThat(batch.activities()).filteredOn(activity -> activity.kind() == ActivityKind.FOLLOW)
                .filteredOn(follow -> brand.stream()
                        .anyMatch(key -> key.stableId().equals(follow.targetUri().orElseThrow())))
                .hasSizeGreaterThan(500);
    }

    @Test
    void theBrandsFediverseActorIsCalledBrandOnTheGivenHost() {
        IngestBatch elsewhere = DemoCommunity.generate("plaza.fernhill.example");

        assertThat(batch.identities()).anySatisfy(identity -> {
            assertThat(identity.stableId()).isEqualTo("https://localhost:8080/users/brand");
            assertThat(identity.handle()).isEqualTo("@brand@localhost:8080");
        });
        assertThat(elsewhere.identities()).anySatisfy(identity -> {
            assertThat(identity.stableId()).isEqualTo(DemoCommunity.brandActor("plaza.fernhill.example"));
            assertThat(identity.handle()).isEqualTo("@brand@plaza.fernhill.example");
        });
        assertThat(elsewhere.activities()).hasSameSizeAs(batch.activities());
    }

    @Test
    void theLaunchAndTheRideStandOutAndTheCommunityGrowsOverTheYear() {
        Map<LocalDate, Long> perDay = batch.activities().stream()
                .collect(Collectors.groupingBy(activity -> LocalDate.ofInstant(activity.at(), ZoneOffset.UTC),
                        Collectors.counting()));
        double median = perDay.values().stream().sorted().skip(perDay.size() / 2).findFirst().orElseThrow();
        long firstQuarter = perDay.entrySet().stream()
                .filter(day -> day.getKey().isBefore(LocalDate.of(2026, 2, 1))).mapToLong(Map.Entry::getValue).sum();
        long lastQuarter = perDay.entrySet().stream()
                .filter(day -> !day.getKey().isBefore(LocalDate.of(2026, 8, 1))).mapToLong(Map.Entry::getValue).sum();

        assertThat(perDay.get(LocalDate.of(2026, 3, 18))).isGreaterThan((long) (2.5 * median));
        assertThat(perDay.get(LocalDate.of(2026, 6, 14))).isGreaterThan((long) (2 * median));
        assertThat(lastQuarter).isGreaterThan(firstQuarter * 3 / 2);
    }

    @Test
    void mostlyEnglishWithSomeGermanFrenchSpanishAndDutch() {
        Map<String, Long> languages = batch.activities().stream()
                .flatMap(activity -> activity.language().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long written = languages.values().stream().mapToLong(Long::longValue).sum();

        assertThat(languages).containsOnlyKeys("en", "de", "fr", "es", "nl");
        assertThat((double) languages.get("en") / written).isBetween(0.75, 0.95);
        assertThat(batch.activities()).filteredOn(activity -> !activity.text().isEmpty())
                .allSatisfy(activity -> assertThat(activity.language()).isPresent());
    }

    @Test
    void everyKindOfCommunityIsThere() {
        Set<CommunityKind> kinds = batch.activities().stream()
                .flatMap(activity -> activity.community().stream())
                .map(CommunityRef::kind)
                .collect(Collectors.toSet());
        Set<String> instances = batch.activities().stream()
                .flatMap(activity -> activity.community().stream())
                .filter(community -> community.kind() == CommunityKind.INSTANCE)
                .map(CommunityRef::name)
                .collect(Collectors.toSet());

        assertThat(kinds).containsExactlyInAnyOrder(CommunityKind.INSTANCE, CommunityKind.HASHTAG, CommunityKind.FEED,
                CommunityKind.GROUP, CommunityKind.FORUM, CommunityKind.WORKSPACE);
        assertThat(instances).hasSizeGreaterThanOrEqualTo(4);
        assertThat(batch.activities()).filteredOn(activity -> activity.text().contains("#citycycling")
                        && activity.author().platform() == Platform.FEDIVERSE)
                .isNotEmpty()
                .allSatisfy(activity ->
                        assertThat(activity.community().orElseThrow().name()).isEqualTo("#citycycling"));
    }

    @Test
    void everyDomainIsInventedExceptTheBrandHost() {
        List<String> addresses = new ArrayList<>();
        batch.identities().forEach(identity -> {
            addresses.add(identity.stableId());
            identity.profileUrl().ifPresent(addresses::add);
        });
        batch.activities().forEach(activity -> {
            addresses.add(activity.uri());
            activity.url().ifPresent(addresses::add);
            activity.community().flatMap(CommunityRef::url).ifPresent(addresses::add);
        });

        assertThat(addresses).filteredOn(address -> address.startsWith("http")).allSatisfy(address -> {
            String authority = URI.create(address).getAuthority();
            assertThat(authority.endsWith(".example") || authority.equals("localhost:8080"))
                    .as("%s is invented", address).isTrue();
        });
        assertThat(addresses).allSatisfy(address -> assertThat(address)
                .matches("(https://|at://did:plc:|lens://|slack://|did:plc:|0x[0-9a-f]{40}|U0).*"));
        assertThat(batch.activities()).allSatisfy(activity -> assertThat(DOMAIN.matcher(activity.text()).results()
                .map(MatchResult::group)).allSatisfy(domain -> assertThat(domain).endsWith(".example")));
    }

    @Test
    void aHostThatIsNotAHostIsRefused() {
        assertThatThrownBy(() -> DemoCommunity.generate("https://plaza.example/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a host");
    }

    private static Map<String, List<SeenIdentity>> people(List<SeenIdentity> identities) {
        Map<String, List<SeenIdentity>> people = new HashMap<>();
        for (SeenIdentity identity : identities) {
            String person = identity.personHint().map(hint -> "hint " + hint.key())
                    .orElse(identity.platform() + " " + identity.stableId());
            people.computeIfAbsent(person, key -> new ArrayList<>()).add(identity);
        }
        return people;
    }

    private static Set<IdentityKey> brandKeys() {
        return batch.identities().stream()
                .filter(identity -> identity.personHint().map(PersonHint::key)
                        .filter("fernhill-bikes"::equals).isPresent())
                .map(SeenIdentity::key)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private int depth(IncomingActivity activity) {
        int depth = 0;
        Optional<String> parent = activity.inReplyToUri();
        while (parent.isPresent()) {
            depth++;
            parent = byUri.get(parent.get()).inReplyToUri();
        }
        return depth;
    }
}
