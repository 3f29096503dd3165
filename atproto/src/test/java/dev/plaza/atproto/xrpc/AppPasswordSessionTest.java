package dev.plaza.atproto.xrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AppPasswordSessionTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final Did BRAND = Did.parse(FakePds.DID);
    private static final AppPassword CREDENTIALS = AppPassword.of(FakePds.HANDLE, FakePds.APP_PASSWORD);

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemorySessionStore store = new InMemorySessionStore();
    private final SessionOptions options = new SessionOptions(clock, Duration.ofMinutes(5));
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private FakePds pds;
    private GuardedHttpClient http;
    private XrpcClient client;

    @BeforeEach
    void start() {
        pds = new FakePds(clock);
        http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
        client = new XrpcClient(http, pds.url(), clock);
        log.start();
        ((Logger) LoggerFactory.getLogger(AppPasswordSession.class)).addAppender(log);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(AppPasswordSession.class)).detachAppender(log);
        http.close();
        pds.close();
    }

    @Test
    void loggingInKeepsBothTokensWithTheirExpiryAndStoresThemByDid() {
        AppPasswordSession session = AppPasswordSession.login(client, CREDENTIALS, store, options);

        StoredSession stored = store.load(BRAND).orElseThrow();
        assertThat(session.did()).isEqualTo(BRAND);
        assertThat(session.handle()).isEqualTo(FakePds.HANDLE);
        assertThat(stored.service()).isEqualTo(pds.url());
        assertThat(stored.accessJwt().expiresAt()).contains(NOW.plus(FakePds.ACCESS_LIFETIME));
        assertThat(stored.refreshJwt().expiresAt()).contains(NOW.plus(FakePds.REFRESH_LIFETIME));
        assertThat(session.query("com.atproto.server.getSession", Map.of()).path("did").asText()).isEqualTo(FakePds.DID);
    }

    @Test
    void theAccessTokenIsKeptWhileItHasMoreThanTheMarginLeft() {
        AppPasswordSession session = AppPasswordSession.login(client, CREDENTIALS, store, options);
        clock.advance(FakePds.ACCESS_LIFETIME.minusMinutes(6));

        session.query("com.atproto.server.getSession", Map.of());

        assertThat(pds.requestsTo(AppPasswordSession.REFRESH_SESSION)).isZero();
    }

    @Test
    void theAccessTokenIsRefreshedWithinTheMarginBeforeItExpires() {
        AppPasswordSession session = AppPasswordSession.login(client, CREDENTIALS, store, options);
        Jwt first = store.load(BRAND).orElseThrow().accessJwt();
        clock.advance(FakePds.ACCESS_LIFETIME.minusMinutes(4));

        session.query("com.atproto.server.getSession", Map.of());

        StoredSession renewed = store.load(BRAND).orElseThrow();
        assertThat(pds.refreshes).hasValue(1);
        assertThat(pds.logins).hasValue(1);
        assertThat(renewed.accessJwt()).isNotEqualTo(first);
        assertThat(renewed.accessJwt().expiresAt()).contains(clock.instant().plus(FakePds.ACCESS_LIFETIME));
        // the refresh went out before the call that needed it, so the PDS never refused a token
        assertThat(pds.authorizedCalls).hasValue(1);
        assertThat(pds.requestsTo("com.atproto.server.getSession")).isEqualTo(1);
    }

    @Test
    void aRefusedRefreshTokenLeadsToANewLoginWithTheAppPassword() {
        AppPasswordSession session = AppPasswordSession.login(client, CREDENTIALS, store, options);
        Jwt revoked = store.load(BRAND).orElseThrow().refreshJwt();
        pds.revokeRefreshTokens();
        clock.advance(FakePds.ACCESS_LIFETIME.plusMinutes(1));

        session.query("com.atproto.server.getSession", Map.of());

        assertThat(pds.requestsTo(AppPasswordSession.REFRESH_SESSION)).isEqualTo(1);
        assertThat(pds.refreshes).hasValue(0);
        assertThat(pds.logins).hasValue(2);
        assertThat(pds.authorizedCalls).hasValue(1);
        assertThat(store.load(BRAND).orElseThrow().refreshJwt()).isNotEqualTo(revoked);
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).contains("logging in to", "again as " + FakePds.DID, "400 ExpiredToken"))
                .allSatisfy(line -> assertThat(line).doesNotContain(FakePds.APP_PASSWORD).doesNotContain(revoked.reveal()));
    }

    @Test
    void aRefreshTokenPastItsExpiryIsNotSentAndTheSessionLogsInAgain() {
        AppPasswordSession session = AppPasswordSession.login(client, CREDENTIALS, store, options);
        clock.advance(FakePds.REFRESH_LIFETIME.plusDays(1));

        session.query("com.atproto.server.getSession", Map.of());

        assertThat(pds.requestsTo(AppPasswordSession.REFRESH_SESSION)).isZero();
        assertThat(pds.logins).hasValue(2);
        assertThat(pds.authorizedCalls).hasValue(1);
    }

    @Test
    void concurrentCallersWithADueTokenShareOneRefresh() throws Exception {
        AppPasswordSession session = AppPasswordSession.login(client, CREDENTIALS, store, options);
        clock.advance(FakePds.ACCESS_LIFETIME.minusMinutes(1));
        pds.refreshDelay = Duration.ofMillis(300);
        int callers = 16;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();

        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < callers; i++) {
                answers.add(threads.submit(() -> {
                    go.await();
                    return session.query("com.atproto.server.getSession", Map.of()).path("did").asText();
                }));
            }
            go.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo(FakePds.DID);
            }
        }

        assertThat(pds.requestsTo(AppPasswordSession.REFRESH_SESSION)).isEqualTo(1);
        assertThat(pds.authorizedCalls).hasValue(callers);
    }

    @Test
    void anAccessTokenThePdsRefusesAsExpiredIsRenewedAndTheCallRetriedOnce() {
        AppPasswordSession session = AppPasswordSession.login(client, CREDENTIALS, store, options);
        pds.rejectIssuedAccessTokens();

        session.query("com.atproto.server.getSession", Map.of());

        assertThat(pds.requestsTo("com.atproto.server.getSession")).isEqualTo(2);
        assertThat(pds.refreshes).hasValue(1);
        assertThat(pds.authorizedCalls).hasValue(1);
    }

    @Test
    void aSecondRefusalIsTheCallersError() {
        AppPasswordSession session = AppPasswordSession.login(client, CREDENTIALS, store, options);
        pds.rejectEveryAccessToken = true;

        XrpcException e = catchThrowableOfType(XrpcException.class,
                () -> session.query("com.atproto.server.getSession", Map.of()));

        assertThat(e.error()).contains("ExpiredToken");
        assertThat(e.status()).isEqualTo(400);
        assertThat(pds.requestsTo("com.atproto.server.getSession")).isEqualTo(2);
        assertThat(pds.refreshes).hasValue(1);
    }

    @Test
    void aStoredSessionIsResumedWithoutLoggingIn() {
        AppPasswordSession.login(client, CREDENTIALS, store, options);
        AppPassword byDid = new AppPassword(BRAND, CREDENTIALS.password());

        AppPasswordSession resumed = AppPasswordSession.open(client, byDid, store, options);
        resumed.query("com.atproto.server.getSession", Map.of());

        assertThat(pds.logins).hasValue(1);
        assertThat(pds.authorizedCalls).hasValue(1);
    }

    @Test
    void aWrongAppPasswordIsTheServersRefusal() {
        AppPassword wrong = AppPassword.of(FakePds.HANDLE, "wxyz-wxyz-wxyz-wxyz");

        assertThatThrownBy(() -> AppPasswordSession.login(client, wrong, store, options))
                .isInstanceOf(XrpcException.class)
                .hasMessageContaining("401 AuthenticationRequired: Invalid identifier or password")
                .hasMessageNotContaining("wxyz-wxyz-wxyz-wxyz");
        assertThat(store.load(BRAND)).isEmpty();
    }

    @Test
    void loggingOutRevokesTheRefreshTokenForgetsTheSessionAndRefusesFurtherCalls() {
        AppPasswordSession session = AppPasswordSession.login(client, CREDENTIALS, store, options);
        String refresh = store.load(BRAND).orElseThrow().refreshJwt().reveal();

        session.logout();

        FakePds.Seen delete = pds.seen.getLast();
        assertThat(delete.path()).isEqualTo("/xrpc/" + AppPasswordSession.DELETE_SESSION);
        assertThat(delete.headers().get("Authorization")).containsExactly("Bearer " + refresh);
        assertThat(store.load(BRAND)).isEmpty();
        assertThatThrownBy(() -> session.query("com.atproto.server.getSession", Map.of()))
                .isInstanceOf(AtprotoException.class)
                .hasMessageContaining("was logged out");
    }
}
