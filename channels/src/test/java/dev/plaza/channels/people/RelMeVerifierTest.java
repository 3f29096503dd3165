package dev.plaza.channels.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.plaza.core.people.ClaimKind;
import dev.plaza.core.people.ProfileClaim;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RelMeVerifierTest {

    static final String PROFILE = "https://social.example/@alice";

    static HttpServer server;
    static GuardedHttpClient http;

    static final Map<String, String> PAGES = Map.of(
            "/anchor", "<html><body><p>Me: <a rel=\"noopener me\" href=\"" + PROFILE + "\">Mastodon</a></body></html>",
            "/head", "<!doctype html><html><head><LINK REL=\"Me\" HREF=\"HTTPS://Social.Example/@alice\"></head></html>",
            "/entities", "<a rel=me href=\"https://social.example/&#64;alice\">x</a>",
            "/no-rel", "<a href=\"" + PROFILE + "\">Mastodon</a><a rel=\"mention\" href=\"" + PROFILE + "\">x</a>",
            "/someone-else", "<a rel=\"me\" href=\"https://social.example/@mallory\">x</a>",
            "/big", "<a rel=\"me\" href=\"" + PROFILE + "\">x</a>" + "x".repeat(300_000));

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        PAGES.forEach((path, html) -> server.createContext(path, exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }));
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/anchor");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.start();
        http = new GuardedHttpClient(GuardSettings.forLoopbackTests().withMaxResponseBytes(100_000));
    }

    @AfterAll
    static void stop() {
        http.close();
        server.stop(0);
    }

    static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void aPageLinkingBackWithRelMeOnAnAnchorOrALinkVerifies() {
        RelMeVerifier verifier = new RelMeVerifier(http);

        assertThat(verifier.linksBack(url("/anchor"), PROFILE)).isTrue();
        assertThat(verifier.linksBack(url("/head"), PROFILE)).isTrue();
        assertThat(verifier.linksBack(url("/entities"), PROFILE)).isTrue();
        assertThat(verifier.linksBack(url("/moved"), PROFILE)).isTrue();
    }

    @Test
    void aLinkWithoutRelMeOrToAnotherProfileDoesNotVerify() {
        RelMeVerifier verifier = new RelMeVerifier(http);

        assertThat(verifier.linksBack(url("/no-rel"), PROFILE)).isFalse();
        assertThat(verifier.linksBack(url("/someone-else"), PROFILE)).isFalse();
        assertThat(verifier.linksBack(url("/missing"), PROFILE)).isFalse();
    }

    @Test
    void anOversizedPageOrAPrivateAddressIsNeverFetchedToTheEnd() {
        assertThat(new RelMeVerifier(http).linksBack(url("/big"), PROFILE)).isFalse();
        try (GuardedHttpClient guarded = new GuardedHttpClient(GuardSettings.DEFAULT)) {
            assertThat(new RelMeVerifier(guarded).linksBack(url("/anchor"), PROFILE)).isFalse();
        }
    }

    @Test
    void verifyingProvesOnlyTheUnprovenAddressesThatLinkBack() {
        List<ProfileClaim> claims = List.of(
                ProfileClaim.of(ClaimKind.REL_ME, url("/anchor"), false),
                ProfileClaim.of(ClaimKind.WEBSITE, url("/no-rel"), false),
                ProfileClaim.of(ClaimKind.REL_ME, "https://verified-by-the-instance.example", true),
                ProfileClaim.of(ClaimKind.ALSO_KNOWN_AS, "https://old.example/users/alice", false));

        List<ProfileClaim> verified = new RelMeVerifier(http).verify(PROFILE, claims);

        assertThat(verified).extracting(ProfileClaim::verified).containsExactly(true, false, true, false);
        assertThat(verified).extracting(ProfileClaim::value).containsExactlyElementsOf(
                claims.stream().map(ProfileClaim::value).toList());
    }
}
