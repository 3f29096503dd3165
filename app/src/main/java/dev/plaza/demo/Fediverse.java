package dev.plaza.demo;

import dev.plaza.core.community.CommunityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.CommunityRef;
import dev.plaza.core.ingest.SeenIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Mastodon-like instances: actor URIs, snowflake status ids, {@code #likes} and {@code #follows} fragments. */
record Fediverse(String brandHost, String brandScheme) implements Venue {

    static final List<String> INSTANCES = List.of("spokes.social.example", "urbanists.town.example",
            "toot.commons.example", "mastodon.green.example");
    private static final double[] SHARES = {0.45, 0.25, 0.18, 0.12};
    /** Instances where one language dominates; most of its speakers live there. */
    private static final Map<String, String> LOCAL = Map.of(
            "de", "radl.social.example",
            "fr", "pouet.velo.example",
            "es", "bici.social.example",
            "nl", "fietsers.social.example");
    static final CommunityRef CITY_CYCLING = new CommunityRef(Platform.FEDIVERSE, CommunityKind.HASHTAG,
            Texts.CITY_CYCLING, Optional.empty());

    @Override
    public Platform platform() {
        return Platform.FEDIVERSE;
    }

    @Override
    public String user(String base) {
        return base.replace('.', '_');
    }

    @Override
    public Account account(Member member, RandomGenerator rnd) {
        String lang = member.persona().lang();
        String host = LOCAL.containsKey(lang) && rnd.nextDouble() < 0.6 ? LOCAL.get(lang) : pickInstance(rnd);
        return account(member, host, "https");
    }

    @Override
    public Account brand() {
        var member = new Member(new Names.Persona(DemoBrand.NAME, "brand", "en"), "brand", 0, 0, 1, DemoBrand.HINT);
        return account(member, brandHost, brandScheme);
    }

    @Override
    public String mention(Account account) {
        return "@" + account.user() + "@" + account.host();
    }

    @Override
    public Post root(Account author, Instant at, long seq, Phrase phrase, String text) {
        return status(author, at, seq, text.contains(Texts.CITY_CYCLING));
    }

    @Override
    public Post reply(Account author, Instant at, long seq, Post root, int number) {
        return status(author, at, seq, false);
    }

    @Override
    public Post like(Account author, Instant at, long seq, Post target) {
        return new Post(author.stableId() + "#likes/" + seq, Optional.empty(), instance(author), "", author);
    }

    @Override
    public boolean reposts() {
        return true;
    }

    @Override
    public Optional<Post> repost(Account author, Instant at, long seq, Post target) {
        String uri = author.stableId() + "/statuses/" + Ids.snowflake(at, seq) + "/activity";
        return Optional.of(new Post(uri, Optional.empty(), instance(author), "", author));
    }

    @Override
    public Optional<Post> follow(Account follower, Account followed, Instant at, long seq) {
        return Optional.of(new Post(follower.stableId() + "#follows/" + seq, Optional.empty(), Optional.empty(), "",
                follower));
    }

    private Post status(Account author, Instant at, long seq, boolean cityCycling) {
        long id = Ids.snowflake(at, seq);
        String url = "https://" + author.host() + "/@" + author.user() + "/" + id;
        Optional<CommunityRef> community = cityCycling ? Optional.of(CITY_CYCLING) : instance(author);
        return new Post(author.stableId() + "/statuses/" + id, Optional.of(url), community, "", author);
    }

    /** The author's home instance; the brand's own server is not a community it joins. */
    private Optional<CommunityRef> instance(Account author) {
        if (author.host().equals(brandHost)) {
            return Optional.empty();
        }
        return Optional.of(new CommunityRef(Platform.FEDIVERSE, CommunityKind.INSTANCE, author.host(),
                Optional.of("https://" + author.host())));
    }

    private static Account account(Member member, String host, String scheme) {
        String user = member.user();
        var identity = new SeenIdentity(Platform.FEDIVERSE, scheme + "://" + host + "/users/" + user,
                "@" + user + "@" + host, member.persona().displayName(), Optional.of(scheme + "://" + host + "/@" + user),
                member.hint());
        return new Account(identity, user, host, member.number(), member.persona().lang(), member.joinDay(),
                member.weight());
    }

    private static String pickInstance(RandomGenerator rnd) {
        return INSTANCES.get(Chance.pick(SHARES, rnd));
    }
}
