package dev.plaza.atproto.identity;

import static dev.plaza.atproto.identity.IdentityException.Reason.INVALID;
import static dev.plaza.atproto.identity.IdentityException.Reason.NOT_FOUND;
import static dev.plaza.atproto.identity.IdentityException.Reason.UNAVAILABLE;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import dev.plaza.net.OutboundRequestException;
import java.net.URI;

/**
 * DID to DID document (atproto DID spec): did:plc from the PLC directory, did:web from the host's
 * {@code /.well-known/did.json}. The document must be for the DID asked about.
 */
final class DidResolution {

    private static final Headers ACCEPT = Headers.of("Accept", "application/did+ld+json, application/json");

    private final GuardedHttpClient http;
    private final String plcDirectory;
    private final int maxBytes;

    DidResolution(GuardedHttpClient http, IdentitySettings settings) {
        this.http = http;
        this.plcDirectory = settings.plcDirectory().toString().replaceAll("/+$", "");
        this.maxBytes = settings.maxDocumentBytes();
    }

    DidDocument resolve(Did did) {
        URI url = documentUrl(did);
        FetchedResponse response = fetch(did, url);
        int status = response.status();
        if (status == 404 || status == 410) {
            throw new IdentityException(NOT_FOUND, "%s has no DID document: %s answered %d%s".formatted(did, url, status,
                    status == 410 ? " (deactivated)" : ""));
        }
        if (status != 200) {
            throw new IdentityException(UNAVAILABLE, "the DID document of %s could not be read: %s answered %d"
                    .formatted(did, url, status));
        }
        if (response.body().length > maxBytes) {
            throw new IdentityException(INVALID, "the DID document of %s at %s is %d bytes; Plaza reads at most %d"
                    .formatted(did, url, response.body().length, maxBytes));
        }
        DidDocument document;
        try {
            document = DidDocument.parse(response.body());
        } catch (AtprotoException e) {
            throw new IdentityException(INVALID, "the DID document of %s at %s is refused: %s".formatted(did, url,
                    e.getMessage()), e);
        }
        if (!document.did().equals(did)) {
            throw new IdentityException(INVALID, "%s answered the document of %s when asked for %s"
                    .formatted(url, document.did(), did));
        }
        return document;
    }

    private URI documentUrl(Did did) {
        try {
            if (did.isPlc()) {
                return URI.create(plcDirectory + "/" + Did.parsePlc(did.value()));
            }
            if (did.isWeb()) {
                return webDocumentUrl(Did.parseWeb(did.value()));
            }
        } catch (AtprotoException e) {
            throw new IdentityException(INVALID, e.getMessage(), e);
        }
        throw new IdentityException(INVALID, "%s uses the method did:%s; atproto accounts use did:plc and did:web"
                .formatted(did, did.method()));
    }

    /**
     * did:web method spec: https://host/.well-known/did.json. The atproto DID spec allows only hostname did:webs, and a
     * port ("%3A") only for local development, where the reference implementations use plain http for localhost.
     */
    private static URI webDocumentUrl(Did did) {
        String authority = did.webHost().orElseThrow();
        boolean hasPort = authority.contains(":");
        boolean local = authority.equals("localhost") || authority.startsWith("localhost:");
        if (hasPort && !local) {
            throw new IdentityException(INVALID, "%s names a port; atproto allows did:web ports only for localhost"
                    .formatted(did));
        }
        return URI.create("%s://%s/.well-known/did.json".formatted(local ? "http" : "https", authority));
    }

    private FetchedResponse fetch(Did did, URI url) {
        try {
            return http.get(url, ACCEPT);
        } catch (OutboundRequestException e) {
            throw new IdentityException(e.reason() == OutboundRequestException.Reason.TOO_LARGE ? INVALID : UNAVAILABLE,
                    "the DID document of %s could not be read from %s: %s".formatted(did, url, e.getMessage()), e);
        }
    }
}
