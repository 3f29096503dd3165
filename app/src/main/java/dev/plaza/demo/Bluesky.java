package dev.plaza.demo;

import dev.plaza.core.community.CommunityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.CommunityRef;
import dev.plaza.core.ingest.SeenIdentity;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Bluesky-like: did:plc identities, {@code *.bsky.example} handles, at:// records keyed by TIDs. */
record Bluesky(String brandDid) implements Venue {

    static final String HANDLE_DOMAIN = ".bsky.example";
    static final String BRAND_HANDLE = "fernhillbikes" + HANDLE_DOMAIN;
    /** A custom feed of posts about cycling in cities, where the demo's Bluesky posts show up. */
    static final CommunityRef FEED = new CommunityRef(Platform.BLUESKY, CommunityKind.FEED, "City Cycling",
            Optional.of("https://bsky.example/profile/citycycling.feeds.example/feed/citycycling"));

    @Override
    public Platform platform() {
        return Platform.BLUESKY;
    }

    @Override
    public String user(String base) {
        return base.replace('.', '-').replace('_', '-');
    }

    @Override
    public Account account(Member member, RandomGenerator rnd) {
        return account(member, Ids.did(rnd), member.user() + HANDLE_DOMAIN);
    }

    @Override
    public Account brand() {
        var member = new Member(new Names.Persona(DemoBrand.NAME, "fernhillbikes", "en"), "fernhillbikes", 0, 0, 1,
                DemoBrand.HINT);
        return account(member, brandDid, BRAND_HANDLE);
    }

    @Override
    public String mention(Account account) {
        return "@" + account.identity().handle();
    }

    @Override
    public Post root(Account author, Instant at, long seq, Phrase phrase, String text) {
        return post(author, at, seq);
    }

    @Override
    public Post reply(Account author, Instant at, long seq, Post root, int number) {
        return post(author, at, seq);
    }

    @Override
    public Post like(Account author, Instant at, long seq, Post target) {
        return record(author, "app.bsky.feed.like", Ids.tid(at, seq), Optional.of(FEED));
    }

    @Override
    public boolean reposts() {
        return true;
    }

    @Override
    public Optional<Post> repost(Account author, Instant at, long seq, Post target) {
        return Optional.of(record(author, "app.bsky.feed.repost", Ids.tid(at, seq), Optional.of(FEED)));
    }

    @Override
    public Optional<Post> follow(Account follower, Account followed, Instant at, long seq) {
        return Optional.of(record(follower, "app.bsky.graph.follow", Ids.tid(at, seq), Optional.empty()));
    }

    private Post post(Account author, Instant at, long seq) {
        String tid = Ids.tid(at, seq);
        String url = "https://bsky.example/profile/" + author.identity().handle() + "/post/" + tid;
        return new Post(atUri(author, "app.bsky.feed.post", tid), Optional.of(url), Optional.of(FEED), "", author);
    }

    private static Post record(Account author, String collection, String tid, Optional<CommunityRef> community) {
        return new Post(atUri(author, collection, tid), Optional.empty(), community, "", author);
    }

    private static String atUri(Account author, String collection, String rkey) {
        return "at://" + author.stableId() + "/" + collection + "/" + rkey;
    }

    private static Account account(Member member, String did, String handle) {
        var identity = new SeenIdentity(Platform.BLUESKY, did, handle, member.persona().displayName(),
                Optional.of("https://bsky.example/profile/" + handle), member.hint());
        return new Account(identity, member.user(), "", member.number(), member.persona().lang(), member.joinDay(),
                member.weight());
    }
}
