package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Goal;
import dev.plaza.core.community.Platform;
import dev.plaza.core.team.IssuedToken;
import dev.plaza.core.team.Role;
import dev.plaza.core.team.TeamMember;
import dev.plaza.store.testing.TestStore;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TeamTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    @Test
    void passwordsAreStoredAsArgon2idHashesAndCheckedOnLogin() throws Exception {
        long w = db.newWorkspace().id();
        TeamMember owner = db.store().team().add(w, "Owner@Brand.example", "Olga", Role.OWNER, "correct horse battery".toCharArray());

        assertThat(db.store().team().authenticate("owner@brand.example", "correct horse battery".toCharArray()))
                .contains(owner);
        assertThat(db.store().team().authenticate("owner@brand.example", "wrong password!!".toCharArray())).isEmpty();
        assertThat(db.store().team().authenticate("nobody@brand.example", "correct horse battery".toCharArray())).isEmpty();
        DataSource ds = db.plazaStore().dataSource();
        try (var c = ds.getConnection(); var rs = c.createStatement().executeQuery(
                "SELECT password_hash FROM team_member WHERE id = " + owner.id())) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("horse");
        }
    }

    @Test
    void shortPasswordsAndDuplicateEmailsAreRefused() {
        long w = db.newWorkspace().id();
        assertThatThrownBy(() -> db.store().team().add(w, "a@b.example", "A", Role.VIEWER, "short".toCharArray()))
                .hasMessageContaining("at least 10");
        db.store().team().add(w, "dup@b.example", "A", Role.VIEWER, "long enough pw".toCharArray());
        assertThatThrownBy(() -> db.store().team().add(w, "DUP@b.example", "B", Role.VIEWER, "long enough pw".toCharArray()))
                .hasMessageContaining("already exists");
    }

    @Test
    void theLastOwnerCannotBeDemotedOrRemoved() {
        long w = db.newWorkspace().id();
        TeamMember owner = db.store().team().add(w, "solo@b.example", "Solo", Role.OWNER, "long enough pw".toCharArray());
        assertThatThrownBy(() -> db.store().team().changeRole(w, owner.id(), Role.VIEWER)).hasMessageContaining("at least one owner");
        assertThatThrownBy(() -> db.store().team().remove(w, owner.id())).hasMessageContaining("at least one owner");
    }

    @Test
    void tokensAuthenticateUntilRevokedAndOnlyTheirHashIsKept() throws Exception {
        long w = db.newWorkspace().id();
        IssuedToken issued = db.store().apiTokens().create(w, "ci", Role.VIEWER);

        assertThat(issued.secret()).startsWith("plz_").hasSizeGreaterThan(40);
        assertThat(db.store().apiTokens().authenticate(issued.secret())).hasValueSatisfying(t -> {
            assertThat(t.role()).isEqualTo(Role.VIEWER);
            assertThat(t.lastUsedAt()).isPresent();
        });
        try (var c = db.plazaStore().dataSource().getConnection(); var rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM api_token WHERE encode(secret_hash, 'escape') LIKE '%" + issued.secret().substring(4, 20) + "%'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        db.store().apiTokens().revoke(w, issued.token().id());
        assertThat(db.store().apiTokens().authenticate(issued.secret())).isEmpty();
        assertThat(db.store().apiTokens().authenticate("plz_made-up")).isEmpty();
    }

    @Test
    void channelCredentialsAreEncryptedAtRest() throws Exception {
        long w = db.newWorkspace().id();
        var channel = db.store().channels().add(w, Platform.BLUESKY, "brand.bsky.example", ChannelKind.OWNED,
                Optional.of("app-password-1234"));

        assertThat(channel.hasCredentials()).isTrue();
        assertThat(db.store().channels().credentials(w, channel.id())).contains("app-password-1234");
        try (var c = db.plazaStore().dataSource().getConnection(); var rs = c.createStatement().executeQuery(
                "SELECT credentials FROM channel WHERE id = " + channel.id())) {
            rs.next();
            assertThat(new String(rs.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("app-password");
        }
    }

    @Test
    void theGoalIsSavedAndReadBack() {
        long w = db.newWorkspace().id();
        assertThat(db.store().goals().of(w)).isEqualTo(Goal.empty(w));
        Goal goal = new Goal(w, "Repair, don't replace", List.of("repair", "fix"), List.of("#repaircafe"), List.of("en", "de"),
                List.of("giveaway"));
        assertThat(db.store().goals().save(goal)).isEqualTo(goal);
    }

    @Test
    void theStoreSaysWhetherTheDatabaseAnswers() {
        assertThat(db.store().healthy()).isTrue();
    }
}
