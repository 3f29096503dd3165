package dev.plaza.core.people;

import dev.plaza.core.community.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When two identities are one person. Strong evidence (each side proves the same thing) merges;
 * weaker evidence only suggests, with a confidence that grows with each independent clue but never
 * reaches what strong evidence gives.
 */
public final class LinkRules {

    static final double SHARED_REL_ME = 0.97;
    static final double SHARED_WEBSITE = 0.95;
    static final double ALSO_KNOWN_AS = 0.98;
    static final double DOMAIN_HANDLE = 0.96;
    static final double UNVERIFIED_WEBSITE = 0.6;
    static final double ONE_SIDED_ALSO_KNOWN_AS = 0.7;
    static final double SAME_NAME = 0.5;
    static final double SAME_HANDLE = 0.4;
    static final double MAX_SIMILAR_NAME = 0.4;
    /** Names less alike than this (see {@link NameKeys#similarity}) say nothing. */
    public static final double MIN_NAME_SIMILARITY = 0.5;
    static final double MAX_SUGGESTION = 0.9;

    private LinkRules() {
    }

    /**
     * The judgement on {@code a} and {@code b}, or empty when nothing ties them or they are already
     * one person. {@code nameSimilarity} is {@link NameKeys#similarity} of their folded names (0 to 1).
     */
    public static Optional<LinkJudgement> judge(LinkSubject a, LinkSubject b, double nameSimilarity) {
        if (a.identity().id() == b.identity().id() || a.identity().personId() == b.identity().personId()) {
            return Optional.empty();
        }
        List<String> strong = new ArrayList<>();
        double strongest = 0;
        strongest = Math.max(strongest, sharedVerifiedUrls(a, b, strong));
        strongest = Math.max(strongest, mutualAlsoKnownAs(a, b, strong));
        strongest = Math.max(strongest, domainHandle(a, b, strong));
        strongest = Math.max(strongest, domainHandle(b, a, strong));
        if (!strong.isEmpty()) {
            return Optional.of(new LinkJudgement(true, strong, strongest));
        }
        List<String> weak = new ArrayList<>();
        List<Double> clues = new ArrayList<>();
        weakClues(a, b, nameSimilarity, weak, clues);
        if (weak.isEmpty()) {
            return Optional.empty();
        }
        double doubt = 1;
        for (double clue : clues) {
            doubt *= 1 - clue;
        }
        double confidence = Math.min(MAX_SUGGESTION, 1 - doubt);
        return Optional.of(new LinkJudgement(false, weak, Math.round(confidence * 100) / 100.0));
    }

    private static double sharedVerifiedUrls(LinkSubject a, LinkSubject b, List<String> evidence) {
        double best = 0;
        for (ProfileClaim mine : a.urls()) {
            for (ProfileClaim theirs : b.urls()) {
                if (mine.verified() && theirs.verified() && mine.value().equals(theirs.value())) {
                    boolean relMe = mine.kind() == ClaimKind.REL_ME || theirs.kind() == ClaimKind.REL_ME;
                    evidence.add(relMe ? "both verify %s with rel=me".formatted(mine.value())
                            : "both have the verified website %s".formatted(mine.value()));
                    best = Math.max(best, relMe ? SHARED_REL_ME : SHARED_WEBSITE);
                }
            }
        }
        return best;
    }

    /**
     * Anyone can name any account in alsoKnownAs; only two accounts that name each other (as both
     * sides of a Mastodon move do) prove they are one person.
     */
    private static double mutualAlsoKnownAs(LinkSubject a, LinkSubject b, List<String> evidence) {
        Optional<String> aNamesB = namedInAlsoKnownAs(a, b);
        Optional<String> bNamesA = namedInAlsoKnownAs(b, a);
        if (aNamesB.isPresent() && bNamesA.isPresent()) {
            evidence.add("%s and %s name each other in alsoKnownAs".formatted(aNamesB.get(), bNamesA.get()));
            return ALSO_KNOWN_AS;
        }
        return 0;
    }

    private static Optional<String> namedInAlsoKnownAs(LinkSubject a, LinkSubject b) {
        Identity other = b.identity();
        return a.of(ClaimKind.ALSO_KNOWN_AS).stream().map(ProfileClaim::value)
                .filter(aka -> aka.equals(other.stableId()) || other.profileUrl().filter(aka::equals).isPresent())
                .findFirst();
    }

    private static double domainHandle(LinkSubject bluesky, LinkSubject fediverse, List<String> evidence) {
        if (bluesky.identity().platform() != Platform.BLUESKY || fediverse.identity().platform() != Platform.FEDIVERSE) {
            return 0;
        }
        List<String> hosts = fediverse.verifiedHosts();
        for (ProfileClaim domain : bluesky.of(ClaimKind.DOMAIN_HANDLE)) {
            if (hosts.contains(domain.value())) {
                evidence.add("the Bluesky handle %s is the domain %s verifies".formatted(domain.value(),
                        fediverse.label()));
                return DOMAIN_HANDLE;
            }
        }
        return 0;
    }

    private static void weakClues(LinkSubject a, LinkSubject b, double nameSimilarity, List<String> evidence,
            List<Double> clues) {
        namedInAlsoKnownAs(a, b).or(() -> namedInAlsoKnownAs(b, a)).ifPresent(named -> {
            evidence.add("only one side names %s in alsoKnownAs".formatted(named));
            clues.add(ONE_SIDED_ALSO_KNOWN_AS);
        });
        List<String> theirUrls = b.urls().stream().map(ProfileClaim::value).toList();
        a.urls().stream().map(ProfileClaim::value).distinct().filter(theirUrls::contains).findFirst().ifPresent(url -> {
            evidence.add("both link to %s, not verified".formatted(url));
            clues.add(UNVERIFIED_WEBSITE);
        });
        Optional<String> name = a.nameKey().filter(n -> b.nameKey().filter(n::equals).isPresent());
        if (name.isPresent()) {
            evidence.add("both are named “%s”".formatted(a.identity().displayName().strip()));
            clues.add(SAME_NAME);
        } else if (nameSimilarity >= MIN_NAME_SIMILARITY && a.nameKey().isPresent() && b.nameKey().isPresent()) {
            evidence.add("the names “%s” and “%s” are %d%% alike".formatted(a.identity().displayName().strip(),
                    b.identity().displayName().strip(), Math.round(nameSimilarity * 100)));
            clues.add(MAX_SIMILAR_NAME * nameSimilarity);
        }
        if (a.identity().platform() != b.identity().platform()) {
            a.handleKey().filter(h -> b.handleKey().filter(h::equals).isPresent()).ifPresent(h -> {
                evidence.add("both use the handle “%s” (%s and %s)".formatted(h, a.identity().platform().label(),
                        b.identity().platform().label()));
                clues.add(SAME_HANDLE);
            });
        }
    }
}
