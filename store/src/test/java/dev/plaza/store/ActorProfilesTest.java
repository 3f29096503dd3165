package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.actors.ActorImage;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.ImageSlot;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.NewActor;
import dev.plaza.core.actors.ProfileEdit;
import dev.plaza.core.actors.ProfileField;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.team.Role;
import dev.plaza.core.team.TeamMember;
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Profiles of local actors in PostgreSQL: text, fields and images round-trip, each with its delivery. */
class ActorProfilesTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static final byte[] PNG = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 64);
    static final byte[] GIF = "GIF89a-a-small-header".getBytes(StandardCharsets.ISO_8859_1);

    private static LocalActor actor(long workspace, String username, Optional<Long> member) {
        byte[] key = {1, 2, 3};
        return db.store().localActors().create(workspace, new NewActor(username, member.isPresent() ? ActorKind.PERSON
                : ActorKind.ORGANIZATION, "Brand", "", key, key, key, key, member));
    }

    private static Delivery update(LocalActor actor, String id) {
        return new Delivery(actor.id(), "https://plaza.example/users/" + actor.username() + "#updates/" + id,
                "{}".getBytes(StandardCharsets.UTF_8), List.of(URI.create("https://follower.example/inbox")));
    }

    @Test
    void theProfileRoundTripsAndItsUpdateIsQueuedWithIt() throws Exception {
        long w = db.newWorkspace().id();
        LocalActor brand = actor(w, "profiled", Optional.empty());
        ProfileEdit edit = new ProfileEdit("Fernhill Bikes", "City bikes\n\nfor <everyone>", List.of(
                new ProfileField("Website", "https://fernhill.example"), new ProfileField("Shop", "Main St 1")));

        LocalActor saved = db.store().localActors().saveProfile(w, brand.id(), edit, update(brand, "1"));

        assertThat(saved.profile()).isEqualTo(edit);
        LocalActor read = db.store().localActors().findByUsername("PROFILED").orElseThrow();
        assertThat(read.displayName()).isEqualTo("Fernhill Bikes");
        assertThat(read.summary()).isEqualTo("City bikes\n\nfor <everyone>");
        assertThat(read.fields()).containsExactly(new ProfileField("Website", "https://fernhill.example"),
                new ProfileField("Shop", "Main St 1"));
        assertThat(queued(update(brand, "1").activityId())).isEqualTo(1);
    }

    @Test
    void anImageIsStoredWithItsFormatAndDigestReplacedAndRemoved() throws Exception {
        long w = db.newWorkspace().id();
        LocalActor brand = actor(w, "pictured", Optional.empty());
        ActorImage avatar = ActorImage.of(ImageSlot.AVATAR, PNG);
        ActorImage header = ActorImage.of(ImageSlot.HEADER, GIF);

        db.store().localActors().saveImage(w, brand.id(), ImageSlot.AVATAR, Optional.of(avatar), update(brand, "a"));
        LocalActor both = db.store().localActors().saveImage(w, brand.id(), ImageSlot.HEADER, Optional.of(header),
                update(brand, "h"));

        assertThat(both.avatar()).contains(avatar.image());
        assertThat(both.header()).contains(header.image());
        assertThat(db.store().localActors().findByUsername("pictured").orElseThrow().avatar()).contains(avatar.image());
        ActorImage served = db.store().localActors().image("Pictured", ImageSlot.AVATAR).orElseThrow();
        assertThat(served.content()).isEqualTo(PNG);
        assertThat(served.image().format().mediaType()).isEqualTo("image/png");
        assertThat(db.store().localActors().image("pictured", ImageSlot.HEADER).orElseThrow().content()).isEqualTo(GIF);

        ActorImage other = ActorImage.of(ImageSlot.AVATAR, Arrays.copyOf(PNG, 80));
        db.store().localActors().saveImage(w, brand.id(), ImageSlot.AVATAR, Optional.of(other), update(brand, "b"));
        assertThat(db.store().localActors().image("pictured", ImageSlot.AVATAR).orElseThrow().content()).hasSize(80);

        LocalActor removed = db.store().localActors().saveImage(w, brand.id(), ImageSlot.AVATAR, Optional.empty(),
                update(brand, "c"));

        assertThat(removed.avatar()).isEmpty();
        assertThat(removed.header()).contains(header.image());
        assertThat(db.store().localActors().image("pictured", ImageSlot.AVATAR)).isEmpty();
        assertThat(queued(update(brand, "c").activityId())).isEqualTo(1);
    }

    @Test
    void anotherWorkspaceCannotChangeTheActorAndNothingIsQueued() throws Exception {
        long w = db.newWorkspace().id();
        LocalActor brand = actor(w, "guarded", Optional.empty());
        long other = db.newWorkspace().id();

        assertThatThrownBy(() -> db.store().localActors().saveProfile(other, brand.id(),
                new ProfileEdit("Hijacked", "", List.of()), update(brand, "x"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> db.store().localActors().saveImage(other, brand.id(), ImageSlot.AVATAR,
                Optional.of(ActorImage.of(ImageSlot.AVATAR, PNG)), update(brand, "y"))).isInstanceOf(NotFoundException.class);

        assertThat(db.store().localActors().find(brand.id()).orElseThrow().displayName()).isEqualTo("Brand");
        assertThat(db.store().localActors().image("guarded", ImageSlot.AVATAR)).isEmpty();
        assertThat(queued(update(brand, "x").activityId()) + queued(update(brand, "y").activityId())).isZero();
    }

    @Test
    void aTeamMembersAccountNamesTheMemberOnceAndOutlivesTheMembership() {
        long w = db.newWorkspace().id();
        TeamMember ana = db.store().team().add(w, "ana@fernhill.example", "Ana", Role.MANAGER, "long enough pw".toCharArray());

        LocalActor account = actor(w, "ana", Optional.of(ana.id()));

        assertThat(account.teamMemberId()).contains(ana.id());
        assertThat(account.kind()).isEqualTo(ActorKind.PERSON);
        assertThatThrownBy(() -> actor(w, "ana_again", Optional.of(ana.id())))
                .hasMessage("this team member already has the fediverse account @ana");
        long other = db.newWorkspace().id();
        assertThatThrownBy(() -> actor(other, "not_ana", Optional.of(ana.id()))).isInstanceOf(NotFoundException.class);
        assertThat(db.store().localActors().findByUsername("not_ana")).isEmpty();

        db.store().team().remove(w, ana.id());

        assertThat(db.store().localActors().findByUsername("ana").orElseThrow().teamMemberId()).isEmpty();
    }

    private static int queued(String activityId) throws Exception {
        try (var c = db.plazaStore().dataSource().getConnection();
                var statement = c.prepareStatement("SELECT count(*) FROM delivery WHERE activity_id = ?")) {
            statement.setString(1, activityId);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
