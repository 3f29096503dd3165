package dev.plaza.channels.people;

import dev.plaza.core.PlazaException;
import dev.plaza.core.people.ClaimValues;
import dev.plaza.core.people.ProfileClaim;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proves the web addresses an identity claims the way Mastodon verifies profile links: the claimed
 * page, fetched through the guarded client (size-capped, private networks refused), must link back
 * to the identity's profile with {@code rel="me"} on an {@code <a>} or {@code <link>}.
 */
public final class RelMeVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(RelMeVerifier.class);
    /** How many unproven addresses one profile may have fetched. */
    public static final int MAX_FETCHES = 8;
    private static final Headers ACCEPT_HTML = Headers.of("Accept", "text/html, application/xhtml+xml");

    private final GuardedHttpClient http;

    public RelMeVerifier(GuardedHttpClient http) {
        this.http = http;
    }

    /**
     * The claims with each unproven web address that links back to {@code profileUrl} marked verified;
     * claims already verified (a field the instance verified) and other kinds stay as they are.
     */
    public List<ProfileClaim> verify(String profileUrl, List<ProfileClaim> claims) {
        List<ProfileClaim> out = new ArrayList<>();
        int fetches = 0;
        for (ProfileClaim claim : claims) {
            if (claim.kind().isUrl() && !claim.verified() && fetches < MAX_FETCHES) {
                fetches++;
                out.add(linksBack(claim.value(), profileUrl) ? claim.asVerified() : claim);
            } else {
                out.add(claim);
            }
        }
        return List.copyOf(out);
    }

    /** Whether the page at {@code site} has a {@code rel="me"} link to {@code profileUrl}. */
    public boolean linksBack(String site, String profileUrl) {
        Optional<String> wanted = ClaimValues.tryUrl(profileUrl);
        if (wanted.isEmpty()) {
            return false;
        }
        FetchedResponse page;
        try {
            page = http.get(URI.create(site), ACCEPT_HTML);
        } catch (PlazaException | IllegalArgumentException e) {
            LOG.atInfo().addKeyValue("site", site).addKeyValue("reason", e.getMessage()).log("rel=me page not fetched");
            return false;
        }
        if (!page.isSuccess() || !isHtml(page)) {
            return false;
        }
        return RelMeLinks.of(page.bodyText()).stream()
                .flatMap(href -> resolve(page.uri(), href).stream())
                .anyMatch(href -> href.equalsIgnoreCase(wanted.get()));
    }

    private static boolean isHtml(FetchedResponse page) {
        String type = page.headers().first("Content-Type").orElse("text/html").toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
    }

    private static Optional<String> resolve(URI base, String href) {
        try {
            return ClaimValues.tryUrl(base.resolve(href).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
