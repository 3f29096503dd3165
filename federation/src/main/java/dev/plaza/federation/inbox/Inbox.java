package dev.plaza.federation.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.GroupCommit;
import dev.plaza.core.NotFoundException;
import dev.plaza.core.Store;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.federation.FederationException;
import dev.plaza.federation.blocks.BlockEffects;
import dev.plaza.federation.signatures.SignatureRejectedException;
import dev.plaza.federation.signatures.SignatureVerifier;
import dev.plaza.federation.signatures.VerifiedSignature;
import dev.plaza.federation.vocab.Activity;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.AsObject;
import dev.plaza.federation.vocab.AsParseException;
import dev.plaza.federation.vocab.AsParser;
import dev.plaza.net.OutboundRequestException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import static java.util.Objects.requireNonNull;

/**
 * The per-actor and shared inbox: verifies the signature, checks origins, drops repeats and what
 * blocked servers and accounts send or author, then hands the activity to the one listener for its
 * type. Processing is synchronous: the sender's POST is answered (202) once the activity is stored.
 */
public final class Inbox {

    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

    private final Store store;
    private final SignatureVerifier verifier;
    private final AsParser parser;
    private final Recipients recipients;
    private final TrustedObjects objects;
    private final RemoteObjects remote;
    private final OwnObjects own;
    private final Map<String, InboxListener> listeners;
    private final GroupCommit<String, Boolean> arrivals;
    private final BlockEffects effects;

    private Inbox(Builder builder) {
        this.store = builder.store;
        this.verifier = builder.verifier;
        this.parser = builder.parser;
        this.recipients = builder.recipients;
        this.remote = builder.remote;
        this.objects = new TrustedObjects(remote, recipients);
        this.own = new OwnObjects(recipients);
        this.listeners = Map.copyOf(builder.listeners);
        this.arrivals = new GroupCommit<>("inbox-seen", 256, (unused, ids) -> store.follows().firstArrivals(ids));
        this.effects = builder.effects;
    }

    static Builder builder(Store store, SignatureVerifier verifier, AsParser parser, Recipients recipients, RemoteObjects remote,
            BlockEffects effects) {
        return new Builder(store, verifier, parser, recipients, remote, effects);
    }

    /** Whether a request's Content-Type is one an inbox takes: ActivityStreams JSON. */
    public static boolean acceptsContentType(String contentType) {
        return RemoteObjects.isActivityStreams(contentType);
    }

    public InboxResponse receive(InboxDelivery delivery) {
        try {
            return process(delivery);
        } catch (Refused refused) {
            LOG.atInfo().addKeyValue("status", refused.status()).log("inbox refused an activity: {}", refused.getMessage());
            return new InboxResponse(refused.status(), refused.getMessage());
        } catch (NotFoundException missing) {
            return new InboxResponse(404, missing.getMessage());
        }
    }

    private InboxResponse process(InboxDelivery delivery) {
        VerifiedSignature signature = verify(delivery);
        Activity activity = parse(delivery.request().body());
        checkSender(signature, activity);
        String actorIri = activity.actor().orElseThrow();
        Actor actor = fetchActor(actorIri);
        List<LocalActor> addressed = delivery.username().map(u -> List.of(recipients.owner(u)))
                .orElseGet(() -> recipients.of(activity, actor));
        if (addressed.isEmpty()) {
            return InboxResponse.accepted("no local actor is addressed; ignored");
        }
        Blocks blocks = new Blocks(store, effects);
        blocks.bindPending(addressed, actor);
        List<LocalActor> open = blocks.allowing(addressed, Involved.in(activity), activity.id());
        InboxListener listener = listeners.get(activity.type());
        if (listener == null) {
            return InboxResponse.accepted("%s activities are not handled; ignored".formatted(activity.type()));
        }
        // A Create is stored under its object's id, and the ingest that stores it skips an object it
        // holds in the same transaction; it needs no first-arrival record of its own, and a busy
        // inbox (Creates, mostly) saves that commit per request. Everything else is recorded first.
        boolean recorded = !activity.type().equals("Create");
        if (recorded && !arrivals.submit(0, activity.id())) {
            return InboxResponse.accepted("already received " + activity.id());
        }
        try {
            Optional<AsObject> object = objects.trusted(activity);
            List<LocalActor> allowed = object.isEmpty() ? open
                    : blocks.allowing(open, Involved.in(object.get()), "the object of " + activity.id());
            listener.on(new Arrival(activity, actor, object, allowed, signature));
        } catch (RuntimeException e) {
            if (recorded) {
                store.follows().forgetArrival(activity.id());
            }
            throw e instanceof Refused || !(e instanceof FederationException)
                    ? e : new Refused(400, e.getMessage(), e);
        }
        return InboxResponse.accepted("accepted " + activity.id());
    }

    private VerifiedSignature verify(InboxDelivery delivery) {
        try {
            return verifier.verify(delivery.request());
        } catch (SignatureRejectedException e) {
            throw new Refused(401, "signature refused (%s): %s".formatted(e.reason(), e.getMessage()), e);
        }
    }

    private Activity parse(byte[] body) {
        try {
            JsonNode document = parser.read(body);
            own.cutToId(document);
            if (parser.parse(document) instanceof Activity activity) {
                return activity;
            }
            throw Refused.badRequest("an inbox takes activities; this document is not one");
        } catch (AsParseException e) {
            throw new Refused(400, "the activity was refused: " + e.getMessage(), e);
        }
    }

    /** design.md §6: the key's owner is the actor, and the activity lives on the actor's origin. */
    private static void checkSender(VerifiedSignature signature, Activity activity) {
        String actor = activity.actor().orElseThrow(() -> Refused.badRequest("the activity names no actor"));
        if (!signature.owner().toString().equals(actor)) {
            throw Refused.unauthorized("signed by %s (key %s) but the activity's actor is %s"
                    .formatted(signature.owner(), signature.keyId(), actor));
        }
        if (!Origins.same(activity.id(), actor)) {
            throw Refused.unauthorized("activity %s is not on the origin of its actor %s".formatted(activity.id(), actor));
        }
    }

    private Actor fetchActor(String iri) {
        try {
            return remote.actor(iri);
        } catch (FederationException | OutboundRequestException e) {
            throw new Refused(401, "could not fetch the actor %s: %s".formatted(iri, e.getMessage()), e);
        }
    }

    /** Wires one listener per activity type; see {@link InboxSetup} for Plaza's. */
    public static final class Builder {

        private final Store store;
        private final SignatureVerifier verifier;
        private final AsParser parser;
        private final Recipients recipients;
        private final RemoteObjects remote;
        private final BlockEffects effects;
        private final Map<String, InboxListener> listeners = new HashMap<>();

        private Builder(Store store, SignatureVerifier verifier, AsParser parser, Recipients recipients, RemoteObjects remote,
                BlockEffects effects) {
            this.store = requireNonNull(store, "store");
            this.verifier = requireNonNull(verifier, "verifier");
            this.parser = requireNonNull(parser, "parser");
            this.recipients = requireNonNull(recipients, "recipients");
            this.remote = requireNonNull(remote, "remote");
            this.effects = requireNonNull(effects, "effects");
        }

        /** The listener for activities of {@code type} (as documents name it: "Follow", "Create"). */
        public Builder on(String type, InboxListener listener) {
            if (listeners.putIfAbsent(type, requireNonNull(listener, "listener")) != null) {
                throw new IllegalStateException("a listener for %s is already registered".formatted(type));
            }
            return this;
        }

        public Inbox build() {
            return new Inbox(this);
        }
    }
}
