package dev.plaza.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.federation.actors.ActorUris;
import dev.plaza.net.Headers;
import dev.plaza.net.SignableRequest;
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InstanceActorTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    /** On a fresh Plaza the first key fetches arrive together; each must sign, and one actor be made. */
    @Test
    void concurrentFirstSignaturesCreateTheInstanceActorOnceAndAllSucceed() throws Exception {
        db.newWorkspace();
        List<InstanceActor> signers = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> new InstanceActor(db.store(), ActorUris.of("https://plaza.test"), Clock.systemUTC())).toList();
        ConcurrentLinkedQueue<Object> outcomes = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(signers.size())) {
            for (InstanceActor signer : signers) {
                threads.submit(() -> {
                    start.await();
                    try {
                        outcomes.add(signer.sign(SignableRequest.get(URI.create("https://remote.example/users/a"),
                                Headers.of("Accept", "application/activity+json"))));
                    } catch (RuntimeException e) {
                        outcomes.add(e);
                    }
                    return null;
                });
            }
            start.countDown();
        }

        assertThat(outcomes).hasSize(signers.size()).allMatch(SignableRequest.class::isInstance);
        assertThat(db.store().localActors().findByUsername(InstanceActor.USERNAME)).isPresent();
    }
}
