package dev.plaza.web.bluesky;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.xrpc.XrpcException;
import dev.plaza.core.PlazaException;
import dev.plaza.net.OutboundRequestException;

/** Says in one sentence, for the team, why talking to a PDS failed. */
final class BlueskyFailure {

    static final String APP_PASSWORDS = "make one in the Bluesky app under Settings → Privacy and security → App passwords";

    private BlueskyFailure() {
    }

    static PlazaException explain(String doing, String pds, RuntimeException failure) {
        return new PlazaException(doing + ": " + reason(pds, failure), failure);
    }

    private static String reason(String pds, RuntimeException failure) {
        return switch (failure) {
            case XrpcException e when e.status() == 401 && e.nsid().equals("com.atproto.server.createSession") ->
                    "the PDS at %s refused the handle and app password (%s); check both, or %s"
                            .formatted(pds, e.errorMessage().orElse("no reason given"), APP_PASSWORDS);
            case XrpcException e when e.isTokenRejected() || e.status() == 401 ->
                    "the PDS at %s refused Plaza's session (%s); connect the account again under Settings → Bluesky"
                            .formatted(pds, e.error().orElse("status " + e.status()));
            case XrpcException e -> "the PDS at %s answered %d %s%s".formatted(pds, e.status(),
                    e.error().orElse("without an error name"), e.errorMessage().map(m -> ": " + m).orElse(""));
            case OutboundRequestException e -> "could not reach the PDS at %s (%s)".formatted(pds, e.getMessage());
            case AtprotoException e -> e.getMessage();
            default -> failure.getMessage();
        };
    }
}
