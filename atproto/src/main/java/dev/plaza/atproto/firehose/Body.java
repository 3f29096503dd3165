package dev.plaza.atproto.firehose;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The fields of one message body, read with refusals that name the message type and the field. */
final class Body {

    private final String type;
    private final DagValue.Map map;

    Body(String type, DagValue.Map map) {
        this.type = type;
        this.map = map;
    }

    long integer(String key) {
        return required(key, () -> map.integer(key));
    }

    boolean bool(String key) {
        return required(key, () -> map.bool(key));
    }

    String text(String key) {
        return required(key, () -> map.text(key));
    }

    Optional<String> optionalText(String key) {
        return read(key, () -> map.text(key));
    }

    Cid link(String key) {
        return required(key, () -> map.link(key));
    }

    Optional<Cid> optionalLink(String key) {
        return read(key, () -> map.link(key));
    }

    DagValue.Bytes bytes(String key) {
        return required(key, () -> map.bytes(key));
    }

    /** A list that must be there; {@code orNull} lets null stand for an empty one, as some hosts send. */
    List<DagValue> list(String key, boolean orNull) {
        Optional<DagValue.List> list = read(key, () -> map.list(key));
        if (list.isEmpty() && !(orNull && map.entries().containsKey(key))) {
            throw refuse("lacks its field \"%s\"".formatted(key));
        }
        return list.map(DagValue.List::items).orElse(List.of());
    }

    /** A required string field in a syntax such as a DID or TID, refused with the field named. */
    <T> T parsed(String key, Function<String, T> parser) {
        String text = text(key);
        return parse(key, text, parser);
    }

    <T> Optional<T> optionalParsed(String key, Function<String, T> parser) {
        return optionalText(key).map(text -> parse(key, text, parser));
    }

    AtprotoException refuse(String what) {
        return new AtprotoException("%s message %s".formatted(type, what));
    }

    private <T> T parse(String key, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (AtprotoException e) {
            throw refuse("field \"%s\": %s".formatted(key, e.getMessage()));
        }
    }

    private <T> T required(String key, Supplier<Optional<T>> value) {
        return read(key, value).orElseThrow(() -> refuse("lacks its field \"%s\"".formatted(key)));
    }

    private <T> Optional<T> read(String key, Supplier<Optional<T>> value) {
        try {
            return value.get();
        } catch (AtprotoException e) {
            throw refuse("field \"%s\": %s".formatted(key, e.getMessage()));
        }
    }
}
