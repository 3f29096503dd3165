package dev.plaza.federation.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.ImageSlot;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.ProfileEdit;
import dev.plaza.core.actors.ProfileField;
import dev.plaza.core.delivery.DeliveryJob;
import dev.plaza.store.testing.TestStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A profile change is stored with the Update that tells the followers' servers; a refused one leaves no trace. */
class ProfilesTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static final ObjectMapper JSON = new ObjectMapper();
    static final ActorUris URIS = ActorUris.of("https://plaza.example");
    static final byte[] PNG = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 48);

    Profiles profiles = new Profiles(db.store().localActors(), new ActorActivities(URIS, db.store().follows()),
            Clock.systemUTC());
    LocalActor brand;

    @BeforeEach
    void brandWithFollowersOnTwoServers() {
        drain();
        brand = new ActorProvisioner(db.store().localActors()).create(db.newWorkspace().id(), "brand" + System.nanoTime()
                % 1_000_000, ActorKind.ORGANIZATION, "Fernhill", "");
        follower("https://social.example/users/ana", Optional.of("https://social.example/inbox"));
        follower("https://social.example/users/ben", Optional.of("https://social.example/inbox"));
        follower("https://solo.example/users/cy", Optional.empty());
    }

    @Test
    void anEditedProfileIsSentAsAnUpdateOfTheActorToEachFollowersServerOnce() throws Exception {
        LocalActor edited = profiles.edit(brand, new ProfileEdit("Fernhill Bikes", "City bikes", List.of(
                new ProfileField("Website", "https://fernhill.example"))));

        assertThat(edited.displayName()).isEqualTo("Fernhill Bikes");
        List<DeliveryJob> jobs = drain();
        assertThat(jobs).extracting(job -> job.inbox().toString())
                .containsExactlyInAnyOrder("https://social.example/inbox", "https://solo.example/users/cy/inbox");
        JsonNode update = JSON.readTree(jobs.getFirst().activityJson());
        assertThat(update.path("type").asText()).isEqualTo("Update");
        assertThat(update.path("actor").asText()).isEqualTo(URIS.actor(brand.username()));
        assertThat(update.path("object").path("name").asText()).isEqualTo("Fernhill Bikes");
        assertThat(update.path("object").path("attachment").get(0).path("name").asText()).isEqualTo("Website");
        assertThat(update.path("cc").get(0).asText()).isEqualTo(URIS.followers(brand.username()));
    }

    @Test
    void aNewAvatarIsStoredAndItsUpdateCarriesTheIcon() throws Exception {
        LocalActor pictured = profiles.setImage(brand, ImageSlot.AVATAR, PNG);

        assertThat(db.store().localActors().image(brand.username(), ImageSlot.AVATAR).orElseThrow().content()).isEqualTo(PNG);
        JsonNode update = JSON.readTree(drain().getFirst().activityJson());
        assertThat(update.path("object").path("icon").path("url").asText())
                .isEqualTo(URIS.image(brand.username(), ImageSlot.AVATAR, pictured.avatar().orElseThrow()));

        profiles.removeImage(pictured, ImageSlot.AVATAR);

        assertThat(db.store().localActors().image(brand.username(), ImageSlot.AVATAR)).isEmpty();
        assertThat(JSON.readTree(drain().getFirst().activityJson()).path("object").has("icon")).isFalse();
    }

    @Test
    void aRefusedImageStoresNothingAndSendsNothing() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tooLarge = Arrays.copyOf(PNG, ImageSlot.AVATAR.maxBytes() + 1);

        assertThatThrownBy(() -> profiles.setImage(brand, ImageSlot.AVATAR, html))
                .hasMessageContaining("is not a PNG, JPEG, GIF or WebP image");
        assertThatThrownBy(() -> profiles.setImage(brand, ImageSlot.AVATAR, tooLarge))
                .hasMessageContaining("the limit is 2 MiB");
        assertThatThrownBy(() -> profiles.edit(brand, new ProfileEdit("Fernhill", "", List.of(new ProfileField("", "x")))))
                .hasMessageContaining("needs a label");

        assertThat(db.store().localActors().image(brand.username(), ImageSlot.AVATAR)).isEmpty();
        assertThat(db.store().localActors().find(brand.id()).orElseThrow().avatar()).isEmpty();
        assertThat(drain()).isEmpty();
    }

    @Test
    void aChangeThatChangesNothingSendsNothing() {
        LocalActor pictured = profiles.setImage(brand, ImageSlot.AVATAR, PNG);
        drain();

        assertThat(profiles.edit(pictured, pictured.profile())).isSameAs(pictured);
        assertThat(profiles.setImage(pictured, ImageSlot.AVATAR, PNG)).isSameAs(pictured);
        assertThat(profiles.removeImage(pictured, ImageSlot.HEADER)).isSameAs(pictured);
        assertThat(drain()).isEmpty();
    }

    private void follower(String actor, Optional<String> sharedInbox) {
        db.store().follows().saveFollower(new Follow(brand.id(), actor, actor + "/inbox", sharedInbox, FollowState.ACCEPTED,
                actor + "#follows/1", Instant.now()));
    }

    /** Every queued job, claimed so that the next test starts from an empty queue. */
    private static List<DeliveryJob> drain() {
        return db.store().deliveryJobs().claim("profiles-test", 100, Instant.now().plusSeconds(1), Duration.ofHours(1));
    }
}
