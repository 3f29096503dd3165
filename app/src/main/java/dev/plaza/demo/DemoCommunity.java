package dev.plaza.demo;

import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.PersonHint;
import dev.plaza.core.ingest.SeenIdentity;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The demo community of Fernhill Bikes, an invented maker of city bikes: about 2,000 invented people
 * on the fediverse, Bluesky, Lens, a forum and a Slack, and about 50,000 activities over the twelve
 * months up to {@link #TO}. Pure and deterministic: the same brand host always gives the same batch.
 * Every host, handle and account in it is invented; its domains end in {@code .example}.
 */
public final class DemoCommunity {

    public static final long SEED = 20_261_031L;
    /** The first moment of the demo year. */
    public static final Instant FROM = Calendar.FROM;
    /** The last moment of the demo year. */
    public static final Instant TO = Calendar.TO;
    public static final String DEFAULT_BRAND_HOST = "localhost:8080";
    /** The local part of the brand's fediverse handle: {@code acct:brand@HOST}. */
    public static final String BRAND_USER = "brand";
    /** How many threads the community itself starts over the year. */
    private static final int COMMUNITY_THREADS = 4_700;

    private DemoCommunity() {
    }

    /** The demo community with the brand's fediverse account on {@link #DEFAULT_BRAND_HOST}. */
    public static IngestBatch generate() {
        return generate(DEFAULT_BRAND_HOST);
    }

    /**
     * The demo community with the brand's fediverse account at {@code https://{brandHost}/users/brand}.
     *
     * @param brandHost the host (and port, if any) of Plaza's public base URL
     */
    public static IngestBatch generate(String brandHost) {
        return generate(brandHost, "https");
    }

    /** The demo community with the brand's fediverse account on Plaza's own public base URL. */
    public static IngestBatch generate(java.net.URI publicBase) {
        return generate(publicBase.getRawAuthority(), publicBase.getScheme());
    }

    private static IngestBatch generate(String brandHost, String scheme) {
        requireHost(brandHost);
        SplittableRandom seed = new SplittableRandom(SEED);
        Cast cast = Cast.of(List.of(new Fediverse(brandHost, scheme), new Bluesky(DemoBrand.DID), new Lens(DemoBrand.WALLET),
                new Forum(), new Slack()), seed.split());
        Log log = new Log();
        Threads threads = new Threads(cast, log, seed.split());
        Schedule.brand(cast, threads, seed.split());
        Schedule.community(cast, threads, COMMUNITY_THREADS, seed.split());
        Follows.generate(cast, log, seed.split());
        List<IncomingActivity> activities = log.inOrder();
        return new IngestBatch(onlySeen(cast.identities(), activities), activities, Optional.empty());
    }

    /**
     * Accounts that never act nor are mentioned would be people Plaza never saw; they are left out,
     * unless another account of the same person is seen.
     */
    private static List<SeenIdentity> onlySeen(List<SeenIdentity> identities, List<IncomingActivity> activities) {
        Set<IdentityKey> seen = new HashSet<>();
        Set<String> followed = new HashSet<>();
        activities.forEach(a -> {
            seen.add(a.author());
            seen.addAll(a.mentions());
            a.targetUri().ifPresent(followed::add);
        });
        Set<String> seenPeople = identities.stream().filter(i -> seen.contains(i.key()) || followed.contains(i.stableId()))
                .flatMap(i -> i.personHint().stream()).map(PersonHint::key).collect(Collectors.toSet());
        return identities.stream().filter(i -> seen.contains(i.key()) || followed.contains(i.stableId())
                || i.personHint().map(h -> seenPeople.contains(h.key())).orElse(false)).toList();
    }

    static void requireHost(String brandHost) {
        if (!brandHost.matches("[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
            throw new IllegalArgumentException(
                    "'%s' is not a host: give the host of the public base URL, like example.org or localhost:8080"
                            .formatted(brandHost));
        }
    }

    /** The brand's fediverse actor: what the demo's brand account on {@code brandHost} is called. */
    public static String brandActor(String brandHost) {
        return "https://" + brandHost + "/users/" + BRAND_USER;
    }
}
