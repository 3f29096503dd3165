package dev.plaza.atproto.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.listening.ListeningStatus.State;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The listener's socket goes only where Plaza's guard lets the guarded client go. */
class ListeningGuardTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aLoopbackHostIsNeverContactedUnlessTheGuardAllowsLoopback() {
        RecordingSleeper sleeper = new RecordingSleeper();
        try (FakeHost host = FakeHost.playing(connection -> connection.awaitClientGone(30));
             GuardedHttpClient http = new GuardedHttpClient(GuardSettings.DEFAULT);
             FirehoseListener listener = FirehoseListener.builder(host.url(), new InMemoryListeningSink(), http)
                     .sleeper(sleeper).start()) {
            Waiting.until(() -> listener.status().state() == State.STOPPED, WAIT, () -> listener.status().toString());

            assertThat(listener.status().lastProblem()).hasValueSatisfying(problem -> assertThat(problem)
                    .startsWith("Plaza does not listen to ws://127.0.0.1:")
                    .contains("loopback", "Plaza only contacts public addresses"));
            assertThat(host.tcpConnections()).isZero();
            assertThat(sleeper.waits()).as("a refusal is not retried").isEmpty();
        }
    }

    @Test
    void aPrivateAddressIsRefusedEvenWhereLoopbackIsAllowed() {
        try (GuardedHttpClient http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
             FirehoseListener listener = FirehoseListener.builder(URI.create("wss://10.1.2.3"), new InMemoryListeningSink(), http)
                     .sleeper(new RecordingSleeper()).start()) {
            Waiting.until(() -> listener.status().state() == State.STOPPED, WAIT, () -> listener.status().toString());

            assertThat(listener.status().lastProblem()).hasValueSatisfying(problem -> assertThat(problem)
                    .contains("Plaza does not listen to wss://10.1.2.3", "private"));
            assertThat(listener.status().counts().connections()).isZero();
        }
    }

    @Test
    void aHostIsAnHttpOrWebSocketOriginWithoutUserInfoOrQuery() {
        try (GuardedHttpClient http = new GuardedHttpClient(GuardSettings.DEFAULT)) {
            InMemoryListeningSink sink = new InMemoryListeningSink();

            assertThatThrownBy(() -> FirehoseListener.builder(URI.create("ftp://relay.example"), sink, http))
                    .isInstanceOf(AtprotoException.class).hasMessageContaining("https, http, wss or ws");
            assertThatThrownBy(() -> FirehoseListener.builder(URI.create("https://me@relay.example"), sink, http))
                    .isInstanceOf(AtprotoException.class).hasMessageContaining("no user info or query");
            assertThat(StreamEndpoint.of(URI.create("https://relay.example/")).stream(Optional.of(12L)))
                    .isEqualTo(URI.create("wss://relay.example/xrpc/com.atproto.sync.subscribeRepos?cursor=12"));
            assertThat(StreamEndpoint.of(URI.create("ws://[::1]:2583")).health())
                    .isEqualTo(URI.create("http://[::1]:2583/xrpc/_health"));
        }
    }
}
