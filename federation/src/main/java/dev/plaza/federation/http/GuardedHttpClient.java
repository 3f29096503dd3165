package dev.plaza.federation.http;

import static dev.plaza.federation.http.OutboundRequestException.Reason.BAD_URL;
import static dev.plaza.federation.http.OutboundRequestException.Reason.NETWORK;
import static dev.plaza.federation.http.OutboundRequestException.Reason.TIMEOUT;
import static dev.plaza.federation.http.OutboundRequestException.Reason.TOO_MANY_REDIRECTS;
import static java.util.Objects.requireNonNull;

import dev.plaza.federation.signatures.Headers;
import dev.plaza.federation.signatures.RequestSigner;
import dev.plaza.federation.signatures.SignableRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one client for every outbound request (design.md §6): http(s) only, no internal addresses
 * (checked after DNS and at every redirect), a size and a time limit, optionally signed.
 *
 * <p>Why the check cannot be raced: the JDK client resolves the host again when it connects. While a
 * request is in flight its host is pinned ({@link AddressPins}) and the JVM resolver
 * ({@link PinningResolverProvider}) answers that lookup with exactly the checked addresses, so a
 * rebinding DNS server gets no second answer in. Connecting to the IP literal instead would be simpler
 * but breaks TLS: the JDK client takes SNI and certificate host-name checks from the URI and will not
 * let Host be set. If another resolver provider takes precedence, pinning is off (logged once) and
 * only the JVM's address cache (30 s by default) stands between check and connect.
 */
public final class GuardedHttpClient {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedHttpClient.class);
    // The JDK client sets these itself (Host from the URI, the same host[:port] a signer covers) or refuses them.
    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "expect", "upgrade");
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final GuardSettings settings;
    private final HttpClient client;
    private final Optional<RequestSigner> signer;

    public GuardedHttpClient(GuardSettings settings) {
        this(settings, jdkClient(settings), Optional.empty());
        warnIfNotPinning();
    }

    private GuardedHttpClient(GuardSettings settings, HttpClient client, Optional<RequestSigner> signer) {
        this.settings = requireNonNull(settings, "settings");
        this.client = client;
        this.signer = signer;
    }

    private static HttpClient jdkClient(GuardSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(settings.connectTimeout());
        if (!settings.extraTrustAnchors().isEmpty()) {
            builder.sslContext(TrustAnchors.jvmDefaultsAnd(settings.extraTrustAnchors()));
        }
        return builder.build();
    }

    /** The same client (and connections), signing every request, redirect hops included. */
    public GuardedHttpClient signingWith(RequestSigner requestSigner) {
        return new GuardedHttpClient(settings, client, Optional.of(requestSigner));
    }

    public FetchedResponse get(URI uri, Headers headers) {
        return send(SignableRequest.get(checkUrl(uri), headers));
    }

    public FetchedResponse post(URI uri, Headers headers, byte[] body) {
        return send(SignableRequest.post(checkUrl(uri), headers, body));
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
        String host = request.uri().getHost();
        List<InetAddress> checked = AddressGuard.resolve(host, settings.allowLoopback());
        AddressPins.Lease lease = AddressPins.pin(host, checked);
        try {
            // A lookup made before the pin may have filled the JVM cache with an unchecked answer: check again.
            AddressGuard.resolve(host, settings.allowLoopback());
            SignableRequest signed = signer.map(s -> s.sign(request)).orElse(request);
            return await(request.uri(), client.sendAsync(toJdk(signed),
                    BoundedBody.handler(request.uri(), settings.maxResponseBytes())));
        } finally {
            lease.close();
        }
    }

    private FetchedResponse await(URI uri, CompletableFuture<HttpResponse<byte[]>> pending) {
        try {
            HttpResponse<byte[]> response = pending.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new FetchedResponse(response.statusCode(), uri, Headers.of(response.headers().map()), response.body());
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw timeout(uri, e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new OutboundRequestException(NETWORK, "interrupted while waiting for " + uri, e);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    private OutboundRequestException failure(URI uri, Throwable cause) {
        if (cause instanceof OutboundRequestException refused) {
            return refused;
        }
        if (cause instanceof HttpTimeoutException) {
            return timeout(uri, cause);
        }
        if (cause instanceof IOException && cause.getCause() instanceof OutboundRequestException refused) {
            return refused;
        }
        return new OutboundRequestException(NETWORK, "request to %s failed: %s".formatted(uri, cause), cause);
    }

    private OutboundRequestException timeout(URI uri, Throwable cause) {
        return new OutboundRequestException(TIMEOUT, "%s did not answer within %s (connect timeout %s)"
                .formatted(uri, settings.requestTimeout(), settings.connectTimeout()), cause);
    }

    private HttpRequest toJdk(SignableRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .timeout(settings.requestTimeout())
                .method(request.method(), request.hasBody()
                        ? HttpRequest.BodyPublishers.ofByteArray(request.body())
                        : HttpRequest.BodyPublishers.noBody());
        if (!request.headers().contains("user-agent")) {
            builder.header("User-Agent", settings.userAgent());
        }
        request.headers().asMap().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
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

    private static void warnIfNotPinning() {
        try {
            InetAddress.getAllByName("localhost");
        } catch (UnknownHostException e) {
            // only wanted the resolver initialised
        }
        if (!AddressPins.installed()) {
            LOG.warn("DNS pinning is off: another InetAddressResolverProvider is installed, so outbound requests rely on "
                    + "the check just before connecting");
        }
    }
}
