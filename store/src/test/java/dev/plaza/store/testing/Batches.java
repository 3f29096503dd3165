package dev.plaza.store.testing;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.CommunityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.CommunityRef;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.SeenIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Small builders for ingest batches in tests: fediverse accounts on invented hosts. */
public final class Batches {

    private Batches() {
    }

    public static SeenIdentity account(String user, String host) {
        return SeenIdentity.of(Platform.FEDIVERSE, "https://%s/users/%s".formatted(host, user),
                "@%s@%s".formatted(user, host), capitalize(user), Optional.of("https://%s/@%s".formatted(host, user)));
    }

    public static IncomingActivity post(String uri, SeenIdentity author, Instant at, String text) {
        return new IncomingActivity(uri, ActivityKind.POST, author.key(), at, text, Optional.of("en"), Optional.empty(),
                Optional.empty(), Optional.of(uri), List.of(), Optional.of(instance(author)));
    }

    public static IncomingActivity reply(String uri, SeenIdentity author, Instant at, String text, String inReplyTo,
            IdentityKey... mentions) {
        return new IncomingActivity(uri, ActivityKind.REPLY, author.key(), at, text, Optional.of("en"),
                Optional.of(inReplyTo), Optional.empty(), Optional.of(uri), List.of(mentions), Optional.of(instance(author)));
    }

    /** A boost of {@code target}: no words of its own. */
    public static IncomingActivity repost(String uri, SeenIdentity author, Instant at, String target) {
        return new IncomingActivity(uri, ActivityKind.REPOST, author.key(), at, "", Optional.empty(), Optional.empty(),
                Optional.of(target), Optional.empty(), List.of(), Optional.of(instance(author)));
    }

    /** A post that quotes {@code target}, as Bluesky's embedded records are read. */
    public static IncomingActivity quote(String uri, SeenIdentity author, Instant at, String text, String target) {
        return new IncomingActivity(uri, ActivityKind.POST, author.key(), at, text, Optional.of("en"), Optional.empty(),
                Optional.of(target), Optional.of(uri), List.of(), Optional.of(instance(author)));
    }

    public static IncomingActivity like(String uri, SeenIdentity author, Instant at, String target) {
        return new IncomingActivity(uri, ActivityKind.LIKE, author.key(), at, "", Optional.empty(), Optional.empty(),
                Optional.of(target), Optional.empty(), List.of(), Optional.of(instance(author)));
    }

    public static CommunityRef instance(SeenIdentity identity) {
        String host = identity.handle().substring(identity.handle().lastIndexOf('@') + 1);
        return new CommunityRef(identity.platform(), CommunityKind.INSTANCE, host, Optional.of("https://" + host));
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
