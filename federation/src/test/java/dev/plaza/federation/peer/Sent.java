package dev.plaza.federation.peer;

import java.net.URI;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What alice delivered: the activity's id and, for a Create, the id of the object it carried.
 * The control call returns after Fedify's delivery POSTs were answered.
 */
public record Sent(URI activity, Optional<URI> object) {

    public Sent {
        requireNonNull(activity, "activity");
        requireNonNull(object, "object");
    }

    /** The created object (a post's Note); fails when the activity carried none. */
    public URI objectId() {
        return object.orElseThrow(() -> new FedifyPeerException(activity + " carried no object id"));
    }
}
