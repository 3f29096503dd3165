package dev.plaza.atproto.firehose;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagCbor;
import dev.plaza.atproto.cbor.DagValue;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Binary WebSocket messages of the repository event stream (atproto event stream spec): two
 * DAG-CBOR values back to back, a header {op, t} and a body. op 1 is a message whose type "t"
 * names the body's schema; op -1 is an error frame whose body is {error, message}.
 */
public final class Frames {

    static final int MESSAGE = 1;
    static final int ERROR = -1;

    private Frames() {
    }

    /** Reads one frame; a malformed header, body or field is refused, an unknown message type is not. */
    public static FirehoseMessage decode(byte[] frame) {
        if (frame.length == 0) {
            throw new AtprotoException("an empty frame: a frame is a header and a body");
        }
        DagCbor.Prefix header;
        try {
            header = DagCbor.decodePrefix(frame, 0);
        } catch (AtprotoException e) {
            throw new AtprotoException("the frame's header is not DAG-CBOR: " + e.getMessage(), e);
        }
        if (header.end() == frame.length) {
            throw new AtprotoException("the frame ends after its header (%d bytes): it has no body".formatted(header.end()));
        }
        DagValue body;
        try {
            body = DagCbor.decode(frame, header.end(), frame.length - header.end());
        } catch (AtprotoException e) {
            throw new AtprotoException("the frame's body is not one DAG-CBOR value: " + e.getMessage(), e);
        }
        return decode(header.value(), body);
    }

    /** Reads a frame already split into its header and body, as data-model JSON fixtures hold them. */
    public static FirehoseMessage decode(DagValue header, DagValue body) {
        if (!(header instanceof DagValue.Map fields)) {
            throw new AtprotoException("the frame's header is %s, not a map".formatted(header.kind()));
        }
        long op = headerField(() -> fields.integer("op")).orElseThrow(() -> new AtprotoException("the frame's header lacks its op"));
        if (op == ERROR) {
            return MessageReader.error(map(body, "error frame"));
        }
        if (op != MESSAGE) {
            throw new AtprotoException("the frame's header has op %d; 1 is a message and -1 an error".formatted(op));
        }
        String type = headerField(() -> fields.text("t")).orElseThrow(() -> new AtprotoException("the frame's header (op 1) lacks its type t"));
        return MessageReader.read(type, map(body, type + " message"));
    }

    public static byte[] encode(FirehoseMessage message) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.writeBytes(DagCbor.encode(header(message)));
        frame.writeBytes(DagCbor.encode(MessageWriter.body(message)));
        return frame.toByteArray();
    }

    static DagValue.Map header(FirehoseMessage message) {
        Map<String, DagValue> header = new HashMap<>();
        if (message instanceof ErrorFrame) {
            header.put("op", new DagValue.Int(ERROR));
        } else {
            header.put("op", new DagValue.Int(MESSAGE));
            header.put("t", new DagValue.Text(MessageWriter.type(message)));
        }
        return new DagValue.Map(header);
    }

    private static <T> Optional<T> headerField(Supplier<Optional<T>> field) {
        try {
            return field.get();
        } catch (AtprotoException e) {
            throw new AtprotoException("the frame's header: " + e.getMessage(), e);
        }
    }

    private static DagValue.Map map(DagValue body, String what) {
        if (!(body instanceof DagValue.Map map)) {
            throw new AtprotoException("the body of the %s is %s, not a map".formatted(what, body.kind()));
        }
        return map;
    }
}
