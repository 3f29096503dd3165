package dev.plaza.demo;

import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.PersonHint;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.people.LinkEvidence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The demo's people: who is on which platform, since when, and how active. One in five has accounts
 * on two or three platforms, linked by a {@link PersonHint}.
 */
final class Cast {

    static final int PEOPLE = 2_000;
    private static final List<Platform> PLATFORMS = List.of(Platform.FEDIVERSE, Platform.BLUESKY, Platform.FORUM,
            Platform.SLACK, Platform.LENS);
    private static final double[] HOME_SHARES = {38, 27, 15, 11, 9};
    private static final List<String> SUFFIXES = List.of("_rides", "bikes", "_cycles", "_on_wheels", "pedals");

    private final Map<Platform, Venue> venues;
    private final Map<Platform, Account> brands = new EnumMap<>(Platform.class);
    private final Map<Platform, Roster> rosters = new EnumMap<>(Platform.class);
    private final List<SeenIdentity> identities = new ArrayList<>();

    private Cast(Map<Platform, Venue> venues) {
        this.venues = venues;
    }

    static Cast of(List<Venue> venues, RandomGenerator rnd) {
        Map<Platform, Venue> byPlatform = new EnumMap<>(Platform.class);
        venues.forEach(venue -> byPlatform.put(venue.platform(), venue));
        Cast cast = new Cast(byPlatform);
        cast.populate(rnd);
        return cast;
    }

    Venue venue(Platform platform) {
        return venues.get(platform);
    }

    Account brand(Platform platform) {
        return brands.get(platform);
    }

    List<SeenIdentity> identities() {
        return identities;
    }

    List<Account> members(Platform platform) {
        return rosters.get(platform).accounts();
    }

    /** Someone already in the community on {@code day}, the more active the likelier. */
    Account pick(Platform platform, int day, RandomGenerator rnd) {
        return rosters.get(platform).pick(day, rnd);
    }

    /** Someone other than {@code not}, if a few tries find one. */
    Optional<Account> other(Platform platform, int day, Account not, RandomGenerator rnd) {
        for (int tries = 0; tries < 6; tries++) {
            Account account = pick(platform, day, rnd);
            if (account != not) {
                return Optional.of(account);
            }
        }
        return Optional.empty();
    }

    private void populate(RandomGenerator rnd) {
        Map<Platform, Set<String>> taken = new EnumMap<>(Platform.class);
        Map<Platform, List<Account>> accounts = new EnumMap<>(Platform.class);
        Map<Platform, Long> numbers = new EnumMap<>(Platform.class);
        for (Platform platform : PLATFORMS) {
            Account brand = venues.get(platform).brand();
            brands.put(platform, brand);
            identities.add(brand.identity());
            taken.put(platform, new HashSet<>(Set.of(brand.user())));
            accounts.put(platform, new ArrayList<>());
            numbers.put(platform, 3L);
        }
        double[] joining = joining();
        for (int person = 0; person < PEOPLE; person++) {
            Names.Persona persona = Names.persona(rnd);
            int joinDay = rnd.nextDouble() < 0.38 ? 0
                    : Roster.search(joining, rnd.nextDouble() * joining[Calendar.DAYS - 1]);
            double weight = StrictMath.exp(1.2 * Chance.gaussian(rnd));
            List<Platform> platforms = platforms(rnd);
            boolean sameHandle = rnd.nextDouble() < 0.45;
            Optional<PersonHint> hint = platforms.size() == 1 ? Optional.empty()
                    : Optional.of(new PersonHint("person-" + person, evidence(platforms, sameHandle)));
            for (int k = 0; k < platforms.size(); k++) {
                Platform platform = platforms.get(k);
                Venue venue = venues.get(platform);
                String base = k == 0 || sameHandle ? persona.handle() : persona.handle() + Names.pick(SUFFIXES, rnd);
                String user = unique(venue.user(base), taken.get(platform));
                long number = numbers.merge(platform, 1L, Long::sum);
                var member = new Venue.Member(persona, user, number, joinDay, k == 0 ? weight : weight / 2, hint);
                Account account = venue.account(member, rnd);
                accounts.get(platform).add(account);
                identities.add(account.identity());
            }
        }
        accounts.forEach((platform, list) -> rosters.put(platform, Roster.of(list)));
    }

    private static LinkEvidence evidence(List<Platform> platforms, boolean sameHandle) {
        if (sameHandle) {
            return new LinkEvidence("same handle and avatar", 0.7);
        }
        if (platforms.contains(Platform.FORUM) && platforms.contains(Platform.SLACK) && platforms.size() == 2) {
            return new LinkEvidence("Slack profile names the forum account", 0.9);
        }
        return new LinkEvidence("%s profile links to the %s account"
                .formatted(platforms.get(0).label(), platforms.get(1).label()), 0.95);
    }

    /** The platforms a person is on, their home first: most are on one, some on two or three. */
    private static List<Platform> platforms(RandomGenerator rnd) {
        double many = rnd.nextDouble();
        int count = many < 0.77 ? 1 : many < 0.92 ? 2 : 3;
        List<Platform> chosen = new ArrayList<>(count);
        while (chosen.size() < count) {
            double[] shares = new double[PLATFORMS.size()];
            for (int i = 0; i < shares.length; i++) {
                Platform platform = PLATFORMS.get(i);
                shares[i] = chosen.contains(platform) ? 0 : HOME_SHARES[i] * affinity(chosen, platform);
            }
            chosen.add(PLATFORMS.get(Chance.pick(shares, rnd)));
        }
        return chosen;
    }

    /** Fediverse people often cross-post to Bluesky; forum regulars are in the Slack too. */
    private static double affinity(List<Platform> chosen, Platform platform) {
        double affinity = 1;
        for (Platform other : chosen) {
            boolean social = pair(other, platform, Platform.FEDIVERSE, Platform.BLUESKY);
            boolean talk = pair(other, platform, Platform.FORUM, Platform.SLACK);
            affinity *= social || talk ? 3 : 1;
        }
        return affinity;
    }

    private static boolean pair(Platform a, Platform b, Platform x, Platform y) {
        return (a == x && b == y) || (a == y && b == x);
    }

    private static String unique(String user, Set<String> taken) {
        String candidate = user;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = user + n;
        }
        return candidate;
    }

    /** Days weighted by how many people join then: more as the year goes on and around the launch and the ride. */
    private static double[] joining() {
        double[] cumulative = new double[Calendar.DAYS];
        double sum = 0;
        for (int day = 0; day < Calendar.DAYS; day++) {
            sum += Calendar.intensity(day);
            cumulative[day] = sum;
        }
        return cumulative;
    }
}
