package dev.plaza.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import dev.plaza.testing.MutableClock;
import io.javalin.http.ForbiddenResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final Sessions sessions = new Sessions(db.store().teamSessions(), clock, Duration.ofHours(1), Duration.ofDays(1));
    private final long ana = member("ana");
    private final long ben = member("ben");

    private static long member(String name) {
        var workspace = db.newWorkspace();
        return db.store().team().add(workspace.id(), name + "-" + workspace.slug() + "@brand.example", name, Role.VIEWER,
                "long enough password".toCharArray()).id();
    }

    @Test
    void aLoggedInSessionSurvivesARestartButOnlyItsHashIsStored() throws Exception {
        Session session = sessions.rotate(Optional.empty(), ana);

        Sessions afterRestart = new Sessions(db.store().teamSessions(), clock, Duration.ofHours(1), Duration.ofDays(1));

        assertThat(afterRestart.find(session.id())).hasValueSatisfying(s -> {
            assertThat(s.memberId()).contains(ana);
            assertThat(s.csrfToken()).isEqualTo(session.csrfToken());
        });
        try (var c = db.plazaStore().dataSource().getConnection();
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM team_session WHERE id_hash = '"
                     + session.id() + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aLoginFormVisitWritesNothing() throws Exception {
        int before = storedSessions();
        Session anonymous = sessions.anonymous();

        assertThat(storedSessions()).isEqualTo(before);
        assertThat(sessions.find(anonymous.id())).isPresent();
    }

    private static int storedSessions() throws Exception {
        try (var c = db.plazaStore().dataSource().getConnection();
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM team_session")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aSessionEndsAfterItsIdleTimeout() {
        Session session = sessions.rotate(Optional.empty(), ana);

        clock.advance(Duration.ofMinutes(59));
        assertThat(sessions.find(session.id())).isPresent();
        clock.advance(Duration.ofMinutes(59));
        assertThat(sessions.find(session.id())).as("each request restarts the idle timer").isPresent();
        clock.advance(Duration.ofMinutes(61));
        assertThat(sessions.find(session.id())).isEmpty();
    }

    @Test
    void aBusySessionStillEndsAfterItsLifetime() {
        Session session = sessions.rotate(Optional.empty(), ana);
        for (int i = 0; i < 27; i++) {
            clock.advance(Duration.ofMinutes(55));
            sessions.find(session.id());
        }

        assertThat(sessions.find(session.id())).isEmpty();
    }

    @Test
    void loggingInIssuesANewIdAndEndsTheOldOne() {
        Session anonymous = sessions.anonymous();

        Session member = sessions.rotate(Optional.of(anonymous), ana);

        assertThat(member.id()).isNotEqualTo(anonymous.id());
        assertThat(member.csrfToken()).isNotEqualTo(anonymous.csrfToken());
        assertThat(member.memberId()).contains(ana);
        assertThat(sessions.find(anonymous.id())).isEmpty();
    }

    @Test
    void idsAndTokensAre256BitsOfRandomness() {
        Session session = sessions.anonymous();

        assertThat(session.id()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(session.csrfToken()).hasSize(43).isNotEqualTo(session.id());
    }

    @Test
    void removingAMemberEndsAllTheirSessions() {
        Session laptop = sessions.rotate(Optional.empty(), ana);
        Session phone = sessions.rotate(Optional.empty(), ana);
        Session other = sessions.rotate(Optional.empty(), ben);

        sessions.invalidateMember(ana);

        assertThat(sessions.find(laptop.id())).isEmpty();
        assertThat(sessions.find(phone.id())).isEmpty();
        assertThat(sessions.find(other.id())).isPresent();
    }

    @Test
    void aFlashMessageIsShownOnce() {
        Session session = sessions.anonymous();
        session.flash("Saved.", false);

        assertThat(session.takeFlash()).contains(new Session.Flash("Saved.", false));
        assertThat(session.takeFlash()).isEmpty();
    }

    @Test
    void aRouteWithoutExactlyOneAccessIsRefused() {
        assertThatThrownBy(() -> AccessFilter.accessOf(Set.of())).isInstanceOf(ForbiddenResponse.class);
        assertThatThrownBy(() -> AccessFilter.accessOf(Set.of(Access.VIEWER, Access.OWNER)))
                .isInstanceOf(ForbiddenResponse.class);
        assertThat(AccessFilter.accessOf(Set.of(Access.MANAGER))).isEqualTo(Access.MANAGER);
    }
}
