package dev.plaza.federation.inbox;

import dev.plaza.core.Store;
import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.http.GuardSettings;
import dev.plaza.federation.http.GuardedHttpClient;
import dev.plaza.federation.signatures.CachingKeyResolver;
import dev.plaza.federation.signatures.DateWindow;
import dev.plaza.federation.signatures.SignatureVerifier;
import dev.plaza.federation.vocab.AsParser;
import java.time.Clock;

/** Plaza's inbox, wired in one place: one listener per activity type. */
public final class InboxSetup {

    /** The local actor that signs Plaza's own fetches. */
    public static final String INSTANCE_ACTOR = InstanceActor.USERNAME;

    private InboxSetup() {
    }

    public static Inbox create(Store store, ActorUris uris, GuardSettings outbound, DeliveryQueue deliveries, Clock clock) {
        AsParser parser = AsParser.withDefaults();
        RemoteObjects remote = remoteObjects(store, uris, outbound, clock);
        SignatureVerifier verifier = new SignatureVerifier(new CachingKeyResolver(new ActorKeyFetcher(remote)),
                DateWindow.DEFAULT, clock);
        Recipients recipients = new Recipients(store, uris);
        Records records = new Records(store, clock);
        Followers followers = new Followers(store.follows(), deliveries, recipients, records, uris, clock);
        Posts posts = new Posts(records, recipients, remote, clock);
        Reactions reactions = new Reactions(records, remote, store.follows());
        return Inbox.builder(store, verifier, parser, recipients, remote)
                .on("Follow", followers::follow)
                .on("Undo", followers::undo)
                .on("Accept", followers::accept)
                .on("Reject", followers::reject)
                .on("Create", posts::create)
                .on("Update", posts::update)
                .on("Delete", posts::delete)
                .on("Like", reactions::like)
                .on("Announce", reactions::announce)
                .on("Block", reactions::block)
                .on("Flag", reactions::flag)
                .on("Move", reactions::move)
                .build();
    }

    /** Fetches remote objects and actors with GETs signed by the instance actor, as the inbox does. */
    public static RemoteObjects remoteObjects(Store store, ActorUris uris, GuardSettings outbound, Clock clock) {
        GuardedHttpClient client = new GuardedHttpClient(outbound).signingWith(new InstanceActor(store, uris, clock));
        return new RemoteObjects(client, AsParser.withDefaults(), clock);
    }
}
