package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.NewActor;
import dev.plaza.store.testing.TestStore;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LocalActorsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static NewActor actor(String username) {
        byte[] rsaPrivate = ("rsa-private-" + username).getBytes(StandardCharsets.UTF_8);
        byte[] edPrivate = ("ed-private-" + username).getBytes(StandardCharsets.UTF_8);
        return new NewActor(username, ActorKind.ORGANIZATION, "Brand", "", new byte[] {1, 2}, rsaPrivate,
                new byte[] {3, 4}, edPrivate);
    }

    @Test
    void privateKeysAreSealedAtRestAndOpenForSigning() throws Exception {
        long w = db.newWorkspace().id();
        var created = db.store().localActors().create(w, actor("sealed"));

        var keys = db.store().localActors().privateKeys(created.id());

        assertThat(new String(keys.rsaPrivateKey(), StandardCharsets.UTF_8)).isEqualTo("rsa-private-sealed");
        assertThat(new String(keys.ed25519PrivateKey(), StandardCharsets.UTF_8)).isEqualTo("ed-private-sealed");
        try (var c = db.plazaStore().dataSource().getConnection(); var rs = c.createStatement().executeQuery(
                "SELECT rsa_private_key FROM local_actor WHERE id = " + created.id())) {
            rs.next();
            assertThat(new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain("rsa-private");
        }
    }

    @Test
    void usernamesAreUniqueOnTheServerWhateverTheirCaseOrWorkspace() {
        db.store().localActors().create(db.newWorkspace().id(), actor("Unique"));

        assertThatThrownBy(() -> db.store().localActors().create(db.newWorkspace().id(), actor("unique")))
                .hasMessageContaining("is taken");
        assertThat(db.store().localActors().findByUsername("UNIQUE")).isPresent();
        assertThatThrownBy(() -> db.store().localActors().create(db.newWorkspace().id(), actor("no spaces")))
                .hasMessageContaining("is not a username");
    }

    @Test
    void aliasesMustBeActorUrls() {
        long w = db.newWorkspace().id();
        var created = db.store().localActors().create(w, actor("moving"));

        assertThat(db.store().localActors().setAlsoKnownAs(w, created.id(), List.of("https://old.example/users/moving"))
                .alsoKnownAs()).containsExactly("https://old.example/users/moving");
        assertThatThrownBy(() -> db.store().localActors().setAlsoKnownAs(w, created.id(), List.of("javascript:alert(1)")))
                .hasMessageContaining("is not an actor URL");
    }

    @Test
    void aLookupAfterAChangeSeesTheChangeThoughLookupsAreCached() {
        long w = db.newWorkspace().id();
        assertThat(db.store().localActors().findByUsername("cached")).isEmpty();
        var created = db.store().localActors().create(w, actor("cached"));
        assertThat(db.store().localActors().findByUsername("Cached")).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(created.id()));

        db.store().localActors().setAlsoKnownAs(w, created.id(), List.of("https://old.example/users/cached"));

        assertThat(db.store().localActors().findByUsername("cached").orElseThrow().alsoKnownAs())
                .containsExactly("https://old.example/users/cached");
    }

    @Test
    void aChangeMadeOutsideThisStoreReachesItsCachedLookups() throws Exception {
        long w = db.newWorkspace().id();
        var created = db.store().localActors().create(w, actor("elsewhere"));
        assertThat(db.store().localActors().findByUsername("elsewhere").orElseThrow().displayName()).isEqualTo("Brand");

        try (var c = db.plazaStore().dataSource().getConnection(); var statement = c.createStatement()) {
            statement.execute("UPDATE local_actor SET display_name = 'Renamed by hand' WHERE id = " + created.id());
        }

        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (!db.store().localActors().findByUsername("elsewhere").orElseThrow().displayName().equals("Renamed by hand")
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(db.store().localActors().findByUsername("elsewhere").orElseThrow().displayName())
                .as("the table's trigger told the store").isEqualTo("Renamed by hand");
    }

    @Test
    void creatingTheSameUsernameConcurrentlyMakesOneActorAndRefusesTheRestAsTaken() throws Exception {
        long w = db.newWorkspace().id();
        var outcomes = new java.util.concurrent.ConcurrentLinkedQueue<Object>();
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 16; i++) {
                threads.submit(() -> {
                    start.await();
                    try {
                        outcomes.add(db.store().localActors().create(w, actor("racer")));
                    } catch (IllegalArgumentException taken) {
                        outcomes.add(taken.getMessage());
                    }
                    return null;
                });
            }
            start.countDown();
        }

        assertThat(outcomes).hasSize(16);
        assertThat(outcomes).filteredOn(dev.plaza.core.actors.LocalActor.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(String.class::isInstance)
                .allSatisfy(m -> assertThat((String) m).contains("'racer' is taken"));
    }
}
