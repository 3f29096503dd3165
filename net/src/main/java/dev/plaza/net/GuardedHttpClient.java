package dev.plaza.net;

import static dev.plaza.net.OutboundRequestException.Reason.BAD_URL;
import static dev.plaza.net.OutboundRequestException.Reason.NETWORK;
import static dev.plaza.net.OutboundRequestException.Reason.TIMEOUT;
import static dev.plaza.net.OutboundRequestException.Reason.TOO_MANY_REDIRECTS;
import static java.util.Objects.requireNonNull;

import dev.plaza.net.Headers;
import dev.plaza.net.RequestSigner;
import dev.plaza.net.SignableRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The one client for every outbound request (design.md §6): http(s) only, no internal addresses
 * (checked after DNS and at every redirect), a size and a time limit, optionally signed.
 *
 * <p>Connections are HTTP/1.1 with keep-alive, pooled per host (Apache HttpClient's classic, blocking
 * client, which suits virtual threads). The pool resolves hosts through {@link CheckedDnsResolver}
 * only, so every connection goes to an address that passed the guard, and TLS still names the host
 * (SNI, certificate check). Signing views ({@link #signingWith}) share the pool; closing the client
 * closes it for all of them.
 */
public final class GuardedHttpClient implements AutoCloseable {

    // Set here from the URI (Host: exactly the authority a signer covers) or by the client from the body.
    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "transfer-encoding");
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int MAX_CONNECTIONS = 512;
    private static final int MAX_CONNECTIONS_PER_HOST = 16;

    private final GuardSettings settings;
    private final HostLookup lookup;
    private final CloseableHttpClient client;
    private final Optional<RequestSigner> signer;

    public GuardedHttpClient(GuardSettings settings) {
        this(settings, HostLookup.JVM);
    }

    GuardedHttpClient(GuardSettings settings, HostLookup lookup) {
        this(settings, lookup, pooledClient(settings, lookup), Optional.empty());
    }

    private GuardedHttpClient(GuardSettings settings, HostLookup lookup, CloseableHttpClient client,
                              Optional<RequestSigner> signer) {
        this.settings = requireNonNull(settings, "settings");
        this.lookup = lookup;
        this.client = client;
        this.signer = signer;
    }

    private static CloseableHttpClient pooledClient(GuardSettings settings, HostLookup lookup) {
        SSLContext tls = settings.extraTrustAnchors().isEmpty()
                ? SSLContexts.createSystemDefault()
                : TrustAnchors.jvmDefaultsAnd(settings.extraTrustAnchors());
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new CheckedDnsResolver(lookup, settings.allowLoopback()))
                .setTlsSocketStrategy(new DefaultClientTlsStrategy(tls))
                .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS_PER_HOST)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.requestTimeout()))
                        // A server may have closed a keep-alive connection while it sat in the pool.
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .setTimeToLive(TimeValue.ofMinutes(5))
                        .build())
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(settings.requestTimeout()))
                        .setResponseTimeout(Timeout.of(settings.requestTimeout()))
                        .setRedirectsEnabled(false)
                        .setExpectContinueEnabled(false)
                        .setProtocolUpgradeEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .disableConnectionState()
                .build();
    }

    /** The same client (and connections), signing every request, redirect hops included. */
    public GuardedHttpClient signingWith(RequestSigner requestSigner) {
        return new GuardedHttpClient(settings, lookup, client, Optional.of(requestSigner));
    }

    /**
     * Checks {@code uri} as a request to it would be checked, without sending one: an http(s) URL whose
     * host resolves only to addresses Plaza may contact. For connections this client cannot make
     * itself, such as a WebSocket; fails with the same {@link OutboundRequestException} a request would.
     */
    public List<InetAddress> checkTarget(URI uri) {
        return AddressGuard.resolve(checkUrl(uri).getHost(), settings.allowLoopback(), lookup);
    }

    public FetchedResponse get(URI uri, Headers headers) {
        return send(SignableRequest.get(checkUrl(uri), headers));
    }

    public FetchedResponse post(URI uri, Headers headers, byte[] body) {
        return send(SignableRequest.post(checkUrl(uri), headers, body));
    }

    /** Closes the pooled connections, for this client and every signing view of it. */
    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

    private FetchedResponse send(SignableRequest first) {
        SignableRequest current = first;
        for (int hop = 0; ; hop++) {
            FetchedResponse response = exchange(current);
            Optional<String> location = response.headers().first("location");
            if (!REDIRECTS.contains(response.status()) || location.isEmpty()) {
                return response;
            }
            if (hop == settings.maxRedirects()) {
                throw new OutboundRequestException(TOO_MANY_REDIRECTS, "%s redirected more than %d times (last to %s)"
                        .formatted(first.uri(), settings.maxRedirects(), location.get()));
            }
            current = redirected(current, response.status(), resolve(current.uri(), location.get()));
        }
    }

    private FetchedResponse exchange(SignableRequest request) {
        SignableRequest signed = signer.map(s -> s.sign(request)).orElse(request);
        HttpUriRequestBase http = toApache(signed);
        long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        try {
            return client.execute(http, response -> read(http, request.uri(), response, deadline));
        } catch (InterruptedIOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new OutboundRequestException(NETWORK, "interrupted while waiting for " + request.uri(), e);
            }
            throw timeout(request.uri(), e);
        } catch (IOException e) {
            throw new OutboundRequestException(NETWORK, "request to %s failed: %s".formatted(request.uri(), e), e);
        }
    }

    private FetchedResponse read(HttpUriRequestBase http, URI uri, ClassicHttpResponse response, long deadline)
            throws IOException {
        HttpEntity entity = response.getEntity();
        try {
            byte[] body = BoundedBody.read(uri, entity == null ? null : entity.getContent(),
                    entity == null ? 0 : entity.getContentLength(), settings.maxResponseBytes(), deadline);
            return new FetchedResponse(response.getCode(), uri, headers(response), body);
        } catch (OutboundRequestException e) {
            // Closing the stream would read the rest of the body to keep the connection: drop it instead.
            http.cancel();
            throw e;
        }
    }

    private OutboundRequestException timeout(URI uri, Throwable cause) {
        return new OutboundRequestException(TIMEOUT, "%s did not answer within %s (connect timeout %s)"
                .formatted(uri, settings.requestTimeout(), settings.connectTimeout()), cause);
    }

    private HttpUriRequestBase toApache(SignableRequest request) {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.uri());
        http.setHeader("Host", request.authority());
        if (request.hasBody()) {
            http.setEntity(new ByteArrayEntity(request.body(), null));
        }
        if (!request.headers().contains("user-agent")) {
            http.addHeader("User-Agent", settings.userAgent());
        }
        request.headers().asMap().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name)) {
                values.forEach(value -> http.addHeader(name, value));
            }
        });
        return http;
    }

    private static Headers headers(ClassicHttpResponse response) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            fields.computeIfAbsent(header.getName(), name -> new ArrayList<>(1)).add(header.getValue());
        }
        return Headers.of(fields);
    }

    /** RFC 9110 §15.4: 303 always, and 301/302 after a POST (as browsers do), continue as a GET. */
    private static SignableRequest redirected(SignableRequest request, int status, URI target) {
        boolean toGet = status == 303 || (status != 307 && status != 308 && request.method().equals("POST"));
        return toGet
                ? new SignableRequest("GET", target, request.headers().without("content-type"), new byte[0])
                : request.withUri(target);
    }

    private static URI resolve(URI base, String location) {
        try {
            return checkUrl(base.resolve(location.strip()));
        } catch (IllegalArgumentException e) {
            throw new OutboundRequestException(BAD_URL, "%s redirected to \"%s\", which is not a URI".formatted(base, location), e);
        }
    }

    private static URI checkUrl(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new OutboundRequestException(BAD_URL, "%s is not an http or https URL".formatted(uri));
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new OutboundRequestException(BAD_URL, "%s has no host, or has user info; Plaza fetches plain http(s) URLs only"
                    .formatted(uri));
        }
        return uri;
    }
}
