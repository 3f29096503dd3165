package dev.plaza.atproto.xrpc;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.syntax.Nsid;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Calls one XRPC service (a PDS) through Plaza's guarded client, which speaks HTTP/1.1 (the reference
 * PDS drops connections that ask to upgrade to h2c). Queries are GETs with their parameters in the
 * query string, procedures POSTs with a JSON or raw body (atproto HTTP API spec). An error status
 * becomes an {@link XrpcException}; a refused or failed request is the guarded client's
 * {@link dev.plaza.net.OutboundRequestException}. Nothing here retries or sleeps.
 */
public final class XrpcClient {

    // UTF-8 as written, not emoji as escaped surrogate pairs (Jackson's default)
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    private static final String JSON_TYPE = "application/json";

    private final GuardedHttpClient http;
    private final URI service;
    private final Clock clock;

    public XrpcClient(GuardedHttpClient http, URI service) {
        this(http, service, Clock.systemUTC());
    }

    /** @param clock dates a Retry-After given as an HTTP-date */
    public XrpcClient(GuardedHttpClient http, URI service, Clock clock) {
        this.http = requireNonNull(http, "http");
        this.clock = requireNonNull(clock, "clock");
        String scheme = String.valueOf(service.getScheme());
        if ((!scheme.equals("https") && !scheme.equals("http")) || service.getHost() == null) {
            throw new AtprotoException("an XRPC service is an http(s) URL with a host, not " + service);
        }
        this.service = service;
    }

    /** The service's base URL; methods are at /xrpc/{nsid} below it. */
    public URI service() {
        return service;
    }

    /** A query (GET); answers its JSON output, or {} when it has none. */
    public JsonNode query(String nsid, Map<String, ?> params, Optional<Jwt> auth) {
        String query = QueryString.of(params);
        URI uri = endpoint(nsid, query.isEmpty() ? "" : "?" + query);
        return output(nsid, http.get(uri, headers(auth, Optional.empty())));
    }

    /**
     * A query whose output is not JSON (com.atproto.sync.getRepo's CAR, getBlob's bytes): the whole
     * response, its body read within the guarded client's size limit. An error status fails as
     * {@link #query} does.
     */
    public FetchedResponse queryBytes(String nsid, Map<String, ?> params, Optional<Jwt> auth) {
        String query = QueryString.of(params);
        FetchedResponse response = http.get(endpoint(nsid, query.isEmpty() ? "" : "?" + query),
                headers(auth, Optional.empty()).with("Accept", "*/*"));
        if (!response.isSuccess()) {
            throw XrpcResponses.error(JSON, nsid, service, response, clock.instant());
        }
        return response;
    }

    /** A procedure (POST) with a JSON input. */
    public JsonNode procedure(String nsid, JsonNode input, Optional<Jwt> auth) {
        return procedure(nsid, bytes(nsid, input), JSON_TYPE, auth);
    }

    /** A procedure with a raw input, such as a blob, of the given content type. */
    public JsonNode procedure(String nsid, byte[] input, String contentType, Optional<Jwt> auth) {
        return output(nsid, http.post(endpoint(nsid, ""), headers(auth, Optional.of(contentType)), input));
    }

    /** A procedure that takes no input. */
    public JsonNode procedure(String nsid, Optional<Jwt> auth) {
        return output(nsid, http.post(endpoint(nsid, ""), headers(auth, Optional.empty()), new byte[0]));
    }

    private URI endpoint(String nsid, String query) {
        if (!Nsid.isValid(nsid)) {
            throw new AtprotoException("\"%s\" is not an XRPC method: expected an NSID such as com.atproto.repo.getRecord"
                    .formatted(nsid));
        }
        return service.resolve("/xrpc/" + nsid + query);
    }

    private static Headers headers(Optional<Jwt> auth, Optional<String> contentType) {
        Headers headers = Headers.of("Accept", JSON_TYPE);
        if (contentType.isPresent()) {
            headers = headers.with("Content-Type", contentType.get());
        }
        if (auth.isPresent()) {
            headers = headers.with("Authorization", "Bearer " + auth.get().reveal());
        }
        return headers;
    }

    private JsonNode output(String nsid, FetchedResponse response) {
        return XrpcResponses.output(JSON, nsid, service, response, clock.instant());
    }

    private static byte[] bytes(String nsid, JsonNode input) {
        try {
            return JSON.writeValueAsBytes(input);
        } catch (JsonProcessingException e) {
            throw new AtprotoException("could not write the input of %s as JSON: %s".formatted(nsid, e.getMessage()), e);
        }
    }

    @Override
    public String toString() {
        return "XRPC " + service;
    }
}
