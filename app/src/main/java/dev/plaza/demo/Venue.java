package dev.plaza.demo;

import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.PersonHint;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** How one platform names its accounts, posts and reactions, and where they take place. */
sealed interface Venue permits Fediverse, Bluesky, Lens, Forum, Slack {

    /** A new account's attributes before the platform shapes them. */
    record Member(Names.Persona persona, String user, long number, int joinDay, double weight,
            Optional<PersonHint> hint) {
    }

    Platform platform();

    /** The local part of a handle as this platform allows it, from an ASCII base handle. */
    String user(String base);

    Account account(Member member, RandomGenerator rnd);

    Account brand();

    /** How a post's text names {@code account}. */
    String mention(Account account);

    Post root(Account author, Instant at, long seq, Phrase phrase, String text);

    Post reply(Account author, Instant at, long seq, Post root, int number);

    Post like(Account author, Instant at, long seq, Post target);

    /** Whether the platform has boosts, reposts or mirrors. */
    default boolean reposts() {
        return false;
    }

    /** A boost, repost or mirror, where the platform has them. */
    default Optional<Post> repost(Account author, Instant at, long seq, Post target) {
        return Optional.empty();
    }

    default Optional<Post> follow(Account follower, Account followed, Instant at, long seq) {
        return Optional.empty();
    }

    default Optional<Post> vote(Account voter, Post topic) {
        return Optional.empty();
    }

    /** Whether people write @-mentions into posts here (they rarely do in a forum or in Slack). */
    default boolean mentions() {
        return true;
    }

    /** Whether a reply may answer another reply rather than the thread's first post (not in Slack). */
    default boolean nests() {
        return true;
    }

    /** Whether a thread's replies follow one another in time (a forum topic, a Slack thread) rather than branch. */
    default boolean inOrder() {
        return false;
    }
}
