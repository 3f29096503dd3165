package dev.plaza.demo;

import dev.plaza.core.community.CommunityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.CommunityRef;
import dev.plaza.core.ingest.SeenIdentity;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Lens-like: wallets as stable ids, {@code lens/} handles, publications named profile id and publication id. */
record Lens(String brandWallet) implements Venue {

    static final CommunityRef GROUP = new CommunityRef(Platform.LENS, CommunityKind.GROUP, "Fernhill Riders",
            Optional.of("https://hey.example/g/fernhill-riders"));
    static final String BRAND_HANDLE = "lens/fernhill";
    private static final String POST = "lens://post/";

    @Override
    public Platform platform() {
        return Platform.LENS;
    }

    @Override
    public String user(String base) {
        return base.replace('.', '_');
    }

    @Override
    public Account account(Member member, RandomGenerator rnd) {
        return account(member, Ids.wallet(rnd));
    }

    @Override
    public Account brand() {
        return account(new Member(new Names.Persona(DemoBrand.NAME, "fernhill", "en"), "fernhill", 1, 0, 1,
                DemoBrand.HINT), brandWallet);
    }

    @Override
    public String mention(Account account) {
        return "@" + account.identity().handle();
    }

    @Override
    public Post root(Account author, Instant at, long seq, Phrase phrase, String text) {
        return publication(author, seq);
    }

    @Override
    public Post reply(Account author, Instant at, long seq, Post root, int number) {
        return publication(author, seq);
    }

    @Override
    public Post like(Account author, Instant at, long seq, Post target) {
        String publication = target.uri().substring(POST.length());
        return new Post("lens://reaction/" + publication + "/" + author.stableId() + "/upvote", Optional.empty(),
                Optional.of(GROUP), "", author);
    }

    @Override
    public boolean reposts() {
        return true;
    }

    @Override
    public Optional<Post> repost(Account author, Instant at, long seq, Post target) {
        return Optional.of(publication(author, seq));
    }

    @Override
    public Optional<Post> follow(Account follower, Account followed, Instant at, long seq) {
        return Optional.of(new Post("lens://follow/" + follower.stableId() + "/" + followed.stableId(),
                Optional.empty(), Optional.empty(), "", follower));
    }

    private static Post publication(Account author, long seq) {
        String id = "0x%04x-0x%x".formatted(author.number(), seq);
        return new Post(POST + id, Optional.of("https://hey.example/posts/" + id), Optional.of(GROUP), "", author);
    }

    private static Account account(Member member, String wallet) {
        String handle = "lens/" + member.user();
        var identity = new SeenIdentity(Platform.LENS, wallet, handle, member.persona().displayName(),
                Optional.of("https://hey.example/u/" + member.user()), member.hint());
        return new Account(identity, member.user(), "", member.number(), member.persona().lang(), member.joinDay(),
                member.weight());
    }
}
