package dev.plaza.atproto.identity;

import dev.plaza.atproto.identity.HandleAnswer.Absent;
import dev.plaza.atproto.identity.HandleAnswer.Failed;
import dev.plaza.atproto.identity.HandleAnswer.Found;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import dev.plaza.net.OutboundRequestException;
import java.net.URI;
import java.util.function.Function;

/**
 * The HTTPS way to resolve a handle (atproto handle spec): {@code /.well-known/atproto-did} on the handle's host
 * answers the DID as plain text. Anything else there (a 404, a site's HTML page) is no answer, not a refusal, so
 * a handle set up through DNS still resolves on a domain whose website answers every path.
 */
final class WellKnownDid {

    /** A DID is at most 2 KiB (atproto DID spec); room for a line ending and stray whitespace. */
    static final int MAX_BYTES = 4 * 1024;
    private static final int SHOWN = 64;
    private static final Headers ACCEPT = Headers.of("Accept", "text/plain");

    private final GuardedHttpClient http;
    private final Function<Handle, URI> origins;

    WellKnownDid(GuardedHttpClient http, Function<Handle, URI> origins) {
        this.http = http;
        this.origins = origins;
    }

    HandleAnswer answer(Handle handle) {
        URI url = URI.create(origins.apply(handle) + "/.well-known/atproto-did");
        FetchedResponse response;
        try {
            response = http.get(url, ACCEPT);
        } catch (OutboundRequestException e) {
            return switch (e.reason()) {
                case TIMEOUT, NETWORK, TOO_MANY_REDIRECTS -> new Failed("%s failed: %s".formatted(url, e.getMessage()));
                default -> new Absent("%s was not fetched: %s".formatted(url, e.getMessage()));
            };
        }
        int status = response.status();
        if (status >= 500 || status == 408 || status == 429) {
            return new Failed("%s answered %d".formatted(url, status));
        }
        if (status != 200) {
            return new Absent("%s answered %d".formatted(url, status));
        }
        if (response.body().length > MAX_BYTES) {
            return new Absent("%s answered %d bytes; a DID fits in %d".formatted(url, response.body().length, MAX_BYTES));
        }
        String text = response.bodyText().strip();
        String firstLine = text.lines().findFirst().orElse("").strip();
        if (!Did.isValid(firstLine)) {
            return new Absent("%s answered 200 with \"%s\", which is not a DID".formatted(url, shortened(text)));
        }
        return new Found(Did.parse(firstLine), url.toString());
    }

    private static String shortened(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
