package dev.plaza.atproto.identity;

import static java.util.Objects.requireNonNull;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * How {@link IdentityResolver} looks identities up and how long it remembers them.
 *
 * @param plcDirectory     where did:plc documents are read: GET {@code plcDirectory/<did>}
 * @param nameservers      DNS servers asked for {@code _atproto} TXT records, in order; empty for the system's own
 * @param dnsTimeout       how long the first DNS attempt waits for an answer; each further attempt waits twice as long
 * @param dnsAttempts      attempts per nameserver
 * @param positiveTtl      how long a resolved handle or DID document is reused
 * @param negativeTtl      how long a failed lookup is remembered before it is tried again
 * @param cacheSize        entries kept per cache (handles, documents); the least recently used go first
 * @param maxDocumentBytes a DID document larger than this is refused
 */
public record IdentitySettings(URI plcDirectory, List<InetSocketAddress> nameservers, Duration dnsTimeout,
                               int dnsAttempts, Duration positiveTtl, Duration negativeTtl, int cacheSize,
                               int maxDocumentBytes) {

    public static final IdentitySettings DEFAULT = new IdentitySettings(URI.create("https://plc.directory"), List.of(),
            Duration.ofSeconds(2), 2, Duration.ofHours(1), Duration.ofMinutes(5), 10_000, 64 * 1024);

    public IdentitySettings {
        requireNonNull(plcDirectory, "plcDirectory");
        nameservers = List.copyOf(nameservers);
        requireNonNull(dnsTimeout, "dnsTimeout");
        requireNonNull(positiveTtl, "positiveTtl");
        requireNonNull(negativeTtl, "negativeTtl");
        if (plcDirectory.getScheme() == null || !plcDirectory.getScheme().matches("https?") || plcDirectory.getHost() == null) {
            throw new IllegalArgumentException("the PLC directory must be an http(s) URL, not " + plcDirectory);
        }
        if (dnsTimeout.toMillis() < 1 || dnsAttempts < 1 || cacheSize < 1 || maxDocumentBytes < 1
                || positiveTtl.isNegative() || negativeTtl.isNegative()) {
            throw new IllegalArgumentException(("identity limits must be positive (TTLs may be zero): dnsTimeout %s, "
                    + "dnsAttempts %d, cacheSize %d, maxDocumentBytes %d, positiveTtl %s, negativeTtl %s")
                    .formatted(dnsTimeout, dnsAttempts, cacheSize, maxDocumentBytes, positiveTtl, negativeTtl));
        }
    }

    public IdentitySettings withPlcDirectory(URI url) {
        return new IdentitySettings(url, nameservers, dnsTimeout, dnsAttempts, positiveTtl, negativeTtl, cacheSize,
                maxDocumentBytes);
    }

    public IdentitySettings withNameservers(List<InetSocketAddress> servers) {
        return new IdentitySettings(plcDirectory, servers, dnsTimeout, dnsAttempts, positiveTtl, negativeTtl, cacheSize,
                maxDocumentBytes);
    }

    public IdentitySettings withDns(Duration timeout, int attempts) {
        return new IdentitySettings(plcDirectory, nameservers, timeout, attempts, positiveTtl, negativeTtl, cacheSize,
                maxDocumentBytes);
    }

    public IdentitySettings withTtls(Duration positive, Duration negative) {
        return new IdentitySettings(plcDirectory, nameservers, dnsTimeout, dnsAttempts, positive, negative, cacheSize,
                maxDocumentBytes);
    }

    public IdentitySettings withCacheSize(int entries) {
        return new IdentitySettings(plcDirectory, nameservers, dnsTimeout, dnsAttempts, positiveTtl, negativeTtl, entries,
                maxDocumentBytes);
    }

    public IdentitySettings withMaxDocumentBytes(int bytes) {
        return new IdentitySettings(plcDirectory, nameservers, dnsTimeout, dnsAttempts, positiveTtl, negativeTtl, cacheSize,
                bytes);
    }
}
