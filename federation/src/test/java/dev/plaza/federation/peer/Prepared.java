package dev.plaza.federation.peer;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

import static java.util.Objects.requireNonNull;

/** A Create that alice built but did not send: its id, its object's id and the JSON-LD Fedify made of it. */
public record Prepared(URI activity, URI object, JsonNode json) {

    public Prepared {
        requireNonNull(activity, "activity");
        requireNonNull(object, "object");
        requireNonNull(json, "json");
    }
}
