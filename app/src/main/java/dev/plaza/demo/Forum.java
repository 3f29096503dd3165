package dev.plaza.demo;

import dev.plaza.core.community.CommunityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.CommunityRef;
import dev.plaza.core.ingest.SeenIdentity;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** A Discourse-like forum: numeric user ids, topics at {@code /t/slug/id}, their posts at {@code /t/slug/id/n}. */
final class Forum implements Venue {

    static final String HOST = "forum.fernhill.example";
    static final String BASE = "https://" + HOST;
    static final CommunityRef FORUM = new CommunityRef(Platform.FORUM, CommunityKind.FORUM,
            "Fernhill Community Forum", Optional.of(BASE));
    private static final int FIRST_TOPIC = 12;

    private int topics;

    @Override
    public Platform platform() {
        return Platform.FORUM;
    }

    @Override
    public String user(String base) {
        return base;
    }

    @Override
    public Account account(Member member, RandomGenerator rnd) {
        return account(member);
    }

    private static Account account(Member member) {
        var identity = new SeenIdentity(Platform.FORUM, BASE + "/users/" + member.number(), member.user(),
                member.persona().displayName(), Optional.of(BASE + "/u/" + member.user()), member.hint());
        return new Account(identity, member.user(), HOST, member.number(), member.persona().lang(), member.joinDay(),
                member.weight());
    }

    @Override
    public Account brand() {
        return account(new Member(new Names.Persona(DemoBrand.NAME + " team", "fernhill_team", "en"), "fernhill_team",
                2, 0, 1, DemoBrand.HINT));
    }

    @Override
    public String mention(Account account) {
        return "@" + account.user();
    }

    @Override
    public Post root(Account author, Instant at, long seq, Phrase phrase, String text) {
        String place = slug(text) + "/" + (FIRST_TOPIC + topics++);
        return new Post(BASE + "/t/" + place, Optional.of(BASE + "/t/" + place), Optional.of(FORUM), place, author);
    }

    @Override
    public Post reply(Account author, Instant at, long seq, Post root, int number) {
        String uri = BASE + "/t/" + root.place() + "/" + number;
        return new Post(uri, Optional.of(uri), Optional.of(FORUM), root.place(), author);
    }

    @Override
    public Post like(Account author, Instant at, long seq, Post target) {
        return new Post(target.uri() + "#like-" + author.number(), Optional.empty(), Optional.of(FORUM), "", author);
    }

    @Override
    public Optional<Post> vote(Account voter, Post topic) {
        return Optional.of(new Post(topic.uri() + "#vote-" + voter.number(), Optional.empty(), Optional.of(FORUM), "",
                voter));
    }

    @Override
    public boolean mentions() {
        return false;
    }

    @Override
    public boolean inOrder() {
        return true;
    }

    /** A topic's slug as Discourse makes it: its title's first words, lower-case ASCII, hyphenated. */
    static String slug(String title) {
        StringBuilder slug = new StringBuilder();
        int words = 0;
        for (String word : title.split("\\s+")) {
            String ascii = Names.ascii(word);
            if (!ascii.isEmpty()) {
                slug.append(slug.isEmpty() ? "" : "-").append(ascii);
                if (++words == 7) {
                    break;
                }
            }
        }
        return slug.isEmpty() ? "topic" : slug.toString();
    }
}
