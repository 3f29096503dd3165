package dev.plaza.app;

import dev.plaza.channels.mastodon.api.AccessToken;
import dev.plaza.channels.mastodon.api.ConnectedAccount;
import dev.plaza.channels.mastodon.api.Instance;
import dev.plaza.channels.mastodon.api.KnownStatuses;
import dev.plaza.channels.mastodon.api.MastodonAccount;
import dev.plaza.channels.mastodon.api.MastodonApiException;
import dev.plaza.channels.mastodon.api.MastodonClient;
import dev.plaza.channels.mastodon.api.MastodonReader;
import dev.plaza.channels.mastodon.api.MastodonSource;
import dev.plaza.channels.mastodon.api.Pacer;
import dev.plaza.channels.mastodon.api.Scopes;
import dev.plaza.channels.mastodon.api.Timeline;
import dev.plaza.core.Store;
import dev.plaza.net.GuardedHttpClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens through one connected Mastodon account: a {@link MastodonSource} per timeline, each on its own thread,
 * each resuming from the position stored with its stream's last batch and storing each delivery with its
 * position, so that nothing is stored twice. When the instance refuses the token (401) every timeline stops,
 * and the account keeps the error until it is connected again.
 */
final class MastodonAccountListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MastodonAccountListener.class);
    private static final int KNOWN_STATUSES = 2_000;
    private static final Duration JOIN = Duration.ofSeconds(10);

    private final Store store;
    private final dev.plaza.core.mastodon.MastodonAccount account;
    private final MastodonClient client;
    private final ClosingStreams connector;
    private final MastodonSource.Settings settings;
    private final MastodonReader reader;
    private final MastodonProgress progress;
    private final Runnable report;
    private final List<Timeline> timelines;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicBoolean refused = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private volatile Optional<ConnectedAccount> connected = Optional.empty();
    private final KnownStatuses known;

    /** @param report tells the channel's status now: after a refused token, without waiting for the next look */
    MastodonAccountListener(Store store, GuardedHttpClient http, ClosingStreams connector, MastodonSource.Settings settings,
                            Pacer pacer, dev.plaza.core.mastodon.MastodonAccount account, String token,
                            List<Timeline> timelines, MastodonReader reader, MastodonProgress progress, Runnable report) {
        this.store = store;
        this.account = account;
        this.client = new MastodonClient(http, new Instance(URI.create(account.instance())),
                new AccessToken(token, Scopes.READ_WRITE, Optional.empty()), pacer);
        this.connector = connector;
        this.settings = settings;
        this.reader = reader;
        this.progress = progress;
        this.report = report;
        this.timelines = List.copyOf(timelines);
        this.known = KnownStatuses.of(client, KNOWN_STATUSES);
    }

    MastodonAccountListener start() {
        for (Timeline timeline : timelines) {
            MastodonSource.Observer observer = progress.observer(timeline.name());
            threads.add(Thread.ofVirtual().name("mastodon-" + account.acct() + "-" + timeline.name())
                    .start(() -> follow(timeline, observer)));
        }
        return this;
    }

    List<Timeline> timelines() {
        return timelines;
    }

    /** Whether the instance refused the token: the account is not listened to again until it has another. */
    boolean refused() {
        return refused.get();
    }

    private void follow(Timeline timeline, MastodonSource.Observer observer) {
        while (!stopped.get()) {
            try {
                ConnectedAccount who = connected();
                String stream = MastodonReader.streamName(who, timeline);
                AtomicLong position = new AtomicLong(store.streams().position(account.workspaceId(), stream).orElse(0L));
                Optional<String> from = position.get() > 0 ? Optional.of(Long.toString(position.get())) : Optional.empty();
                new MastodonSource(client, timeline, connector, settings, observer).run(from,
                        delivery -> keep(stream, position, who, delivery), () -> !stopped.get());
            } catch (MastodonApiException e) {
                if (e.unauthorized()) {
                    refuse(e.getMessage());
                    return;
                }
                retryLater(timeline, e);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                retryLater(timeline, e);
            }
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    private void keep(String stream, AtomicLong position, ConnectedAccount who, MastodonSource.Delivery delivery) {
        MastodonReader.Read read = reader.read(stream, position.get(), who, delivery, known, client.pacer().clock().instant());
        store.streams().ingest(account.workspaceId(), read.batch());
        position.set(read.batch().position());
        progress.delivered(read.entries(), read.matched());
    }

    /** The account as its instance describes it now, asked once; as it was stored when the instance cannot say. */
    private synchronized ConnectedAccount connected() {
        if (connected.isEmpty()) {
            MastodonAccount described;
            try {
                described = client.verifyCredentials();
            } catch (MastodonApiException e) {
                if (e.unauthorized() || stopped.get()) {
                    throw e;
                }
                LOG.info("could not ask {} who {} is, listening as stored: {}", client.instance().host(), account.acct(),
                        e.getMessage());
                return new ConnectedAccount(client.instance(), stored());
            }
            connected = Optional.of(new ConnectedAccount(client.instance(), described));
        }
        return connected.get();
    }

    private MastodonAccount stored() {
        String user = account.acct().substring(0, account.acct().indexOf('@'));
        Optional<String> actor = Optional.of(account.actorUri()).filter(uri -> !uri.startsWith("acct:"));
        return new MastodonAccount(account.accountId(), user, account.acct(), "", Optional.empty(), actor);
    }

    private void retryLater(Timeline timeline, RuntimeException e) {
        if (stopped.get()) {
            return;
        }
        LOG.warn("listening to {} of {} failed, trying again: {}", timeline.name(), account.acct(), e.getMessage());
        progress.problem(e.getMessage() == null ? e.toString() : e.getMessage());
        try {
            Thread.sleep(settings.pollInterval());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void refuse(String problem) {
        if (!refused.compareAndSet(false, true)) {
            return;
        }
        LOG.warn("{} refused the token of {}; listening through it stops until it is connected again: {}",
                client.instance().host(), account.acct(), problem);
        progress.refused(problem);
        try {
            store.mastodonAccounts().recordError(account.workspaceId(), account.channelId(), Optional.of(problem));
            report.run();
        } catch (RuntimeException e) {
            LOG.warn("could not keep the error of {}: {}", account.acct(), e.getMessage());
        }
        stop();
    }

    private void stop() {
        stopped.set(true);
        connector.closeAll();
        threads.stream().filter(thread -> thread != Thread.currentThread()).forEach(Thread::interrupt);
    }

    @Override
    public void close() {
        stop();
        for (Thread thread : threads) {
            try {
                thread.join(JOIN);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
