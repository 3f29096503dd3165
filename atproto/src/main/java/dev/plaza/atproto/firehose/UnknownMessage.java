package dev.plaza.atproto.firehose;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.cbor.DagValue;

/**
 * A message of a type Plaza does not read ({@code type} is the header's "t", such as "#handle" of
 * older hosts); the event stream spec asks consumers to skip these rather than fail.
 */
public record UnknownMessage(String type, DagValue.Map body) implements FirehoseMessage {

    public UnknownMessage {
        requireNonNull(type, "type");
        requireNonNull(body, "body");
    }
}
