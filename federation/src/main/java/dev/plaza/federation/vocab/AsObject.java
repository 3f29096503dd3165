package dev.plaza.federation.vocab;

import java.util.Optional;

/** An ActivityStreams object as Plaza reads it: one record per kind of thing Plaza handles. */
public sealed interface AsObject
        permits Actor, Activity, Note, Tombstone, Collection, Link, PublicKey, Multikey {

    /** The object's id; absent only for anonymous objects embedded in another (a page's items). */
    Optional<String> iri();

    /** The ActivityStreams type as documents name it, e.g. {@code Person} or {@code Create}. */
    String asType();
}
