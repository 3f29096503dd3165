package dev.plaza.web.federation;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A token bucket per sending server, checked before any signature is verified. The server is
 * named by the host of the signature's key id (both dialects carry it in clear), or by the client
 * address for unsigned requests, which the inbox refuses anyway.
 */
final class SenderRateLimiter {

    private static final Pattern KEY_ID = Pattern.compile("keyid=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final int MAX_TRACKED = 50_000;

    private record Bucket(double tokens, long atNanos) {
    }

    private final InboundLimits limits;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    SenderRateLimiter(InboundLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Takes one token for the sender; empty when allowed, else how many seconds to wait. */
    Optional<Long> take(Optional<String> signature, Optional<String> signatureInput, String clientAddress) {
        String sender = signature.or(() -> signatureInput).flatMap(SenderRateLimiter::keyHost).orElse(clientAddress);
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear(); // many one-off senders: forgetting them only makes the limit kinder
        }
        long now = clock.millis() * 1_000_000L;
        boolean[] allowed = {false};
        Bucket after = buckets.compute(sender, (key, bucket) -> {
            double tokens = bucket == null ? limits.burst()
                    : Math.min(limits.burst(), bucket.tokens() + (now - bucket.atNanos()) / 1e9 * limits.perSecond());
            allowed[0] = tokens >= 1;
            return new Bucket(allowed[0] ? tokens - 1 : tokens, now);
        });
        if (allowed[0]) {
            return Optional.empty();
        }
        return Optional.of((long) Math.ceil((1 - after.tokens()) / limits.perSecond()));
    }

    static Optional<String> keyHost(String header) {
        Matcher keyId = KEY_ID.matcher(header);
        if (!keyId.find()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(URI.create(keyId.group(1)).getHost()).map(h -> h.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
