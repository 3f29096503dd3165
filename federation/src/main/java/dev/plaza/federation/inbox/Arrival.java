package dev.plaza.federation.inbox;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.actors.LocalActor;
import dev.plaza.federation.signatures.VerifiedSignature;
import dev.plaza.federation.vocab.Activity;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.AsObject;
import java.util.List;
import java.util.Optional;

/**
 * A verified activity, ready for its listener.
 *
 * @param actor      the sender as its own server serves it (fetched, never taken from the body)
 * @param object     the activity's object when its content can be trusted: embedded by its own
 *                   origin, or fetched from there; empty when only the id is known (or it is Plaza's own)
 * @param recipients the local actors it is for, in workspaces that do not block the sender
 */
public record Arrival(Activity activity, Actor actor, Optional<AsObject> object, List<LocalActor> recipients,
                      VerifiedSignature signature) {

    public Arrival {
        requireNonNull(activity, "activity");
        requireNonNull(actor, "actor");
        requireNonNull(object, "object");
        recipients = List.copyOf(recipients);
        requireNonNull(signature, "signature");
    }

    /** The workspaces the activity is recorded in: those of its recipients, each once. */
    public List<Long> workspaceIds() {
        return recipients.stream().map(LocalActor::workspaceId).distinct().toList();
    }
}
