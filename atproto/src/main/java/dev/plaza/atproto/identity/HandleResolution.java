package dev.plaza.atproto.identity;

import static dev.plaza.atproto.identity.IdentityException.Reason.INVALID;
import static dev.plaza.atproto.identity.IdentityException.Reason.NOT_FOUND;
import static dev.plaza.atproto.identity.IdentityException.Reason.UNAVAILABLE;

import dev.plaza.atproto.identity.HandleAnswer.Absent;
import dev.plaza.atproto.identity.HandleAnswer.Failed;
import dev.plaza.atproto.identity.HandleAnswer.Found;
import dev.plaza.atproto.identity.HandleAnswer.Refused;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Handle to DID (atproto handle spec): the {@code _atproto.<handle>} TXT record and
 * {@code https://<handle>/.well-known/atproto-did}, asked at the same time. Either may answer; when both do,
 * they must name the same DID.
 */
final class HandleResolution {

    // atproto handle spec: these TLDs never resolve publicly, so handles under them are refused outright.
    private static final Set<String> DISALLOWED_TLDS =
            Set.of("alt", "arpa", "example", "internal", "invalid", "local", "localhost", "onion");

    private final DnsTxt dns;
    private final WellKnownDid wellKnown;

    HandleResolution(DnsTxt dns, WellKnownDid wellKnown) {
        this.dns = dns;
        this.wellKnown = wellKnown;
    }

    Did resolve(Handle handle) {
        String tld = handle.value().substring(handle.value().lastIndexOf('.') + 1);
        if (DISALLOWED_TLDS.contains(tld)) {
            throw new IdentityException(INVALID, "%s ends in .%s, which atproto handles may not use (atproto handle spec)"
                    .formatted(handle, tld));
        }
        HandleAnswer fromDns;
        HandleAnswer fromHttps;
        try (ExecutorService lookups = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<HandleAnswer> dnsLookup = lookups.submit(() -> dnsAnswer(handle));
            fromHttps = wellKnown.answer(handle);
            fromDns = await(handle, dnsLookup);
        }
        return combine(handle, fromDns, fromHttps);
    }

    private HandleAnswer dnsAnswer(Handle handle) {
        List<String> records;
        try {
            records = dns.lookup("_atproto." + handle);
        } catch (IdentityException e) {
            return new Failed(e.getMessage());
        }
        List<String> dids = records.stream().filter(txt -> txt.startsWith("did=")).map(txt -> txt.substring(4)).toList();
        if (dids.isEmpty()) {
            return new Absent(records.isEmpty()
                    ? handle + " has no _atproto TXT record"
                    : "%s has no did= record among its %d _atproto TXT records".formatted(handle, records.size()));
        }
        if (dids.size() > 1) {
            return new Refused("%s has %d _atproto TXT records with did= (%s); atproto accepts exactly one"
                    .formatted(handle, dids.size(), String.join(", ", dids)));
        }
        if (!Did.isValid(dids.get(0))) {
            return new Refused("the _atproto TXT record of %s says did=%s, which is not a DID".formatted(handle, dids.get(0)));
        }
        return new Found(Did.parse(dids.get(0)), "its _atproto TXT record");
    }

    private static HandleAnswer await(Handle handle, Future<HandleAnswer> lookup) {
        try {
            return lookup.get();
        } catch (ExecutionException e) {
            return new Failed("the DNS lookup of _atproto.%s failed: %s".formatted(handle, e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityException(UNAVAILABLE, "interrupted while resolving " + handle, e);
        }
    }

    private static Did combine(Handle handle, HandleAnswer fromDns, HandleAnswer fromHttps) {
        for (HandleAnswer answer : List.of(fromDns, fromHttps)) {
            if (answer instanceof Refused refused) {
                throw new IdentityException(INVALID, refused.description());
            }
        }
        if (fromDns instanceof Found dns && fromHttps instanceof Found https && !dns.did().equals(https.did())) {
            throw new IdentityException(INVALID, "%s resolves to two DIDs: %s says %s and %s says %s"
                    .formatted(handle, dns.source(), dns.did(), https.source(), https.did()));
        }
        for (HandleAnswer answer : List.of(fromDns, fromHttps)) {
            if (answer instanceof Found found) {
                return found.did();
            }
        }
        String both = fromDns.description() + " and " + fromHttps.description();
        if (fromDns instanceof Absent && fromHttps instanceof Absent) {
            throw new IdentityException(NOT_FOUND, both);
        }
        throw new IdentityException(UNAVAILABLE, "%s could not be resolved: %s".formatted(handle, both));
    }

    /** Where production reads a handle's well-known file: the handle itself, over HTTPS. */
    static Function<Handle, URI> httpsOrigins() {
        return handle -> URI.create("https://" + handle);
    }
}
