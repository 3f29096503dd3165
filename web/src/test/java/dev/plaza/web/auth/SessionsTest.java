package dev.plaza.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.ForbiddenResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionsTest {

    private final MutableClock clock = new MutableClock();
    private final Sessions sessions = new Sessions(clock, Duration.ofHours(1), Duration.ofDays(1));

    @Test
    void aSessionEndsAfterItsIdleTimeout() {
        Session session = sessions.rotate(Optional.empty(), 7);

        clock.advance(Duration.ofMinutes(59));
        assertThat(sessions.find(session.id())).isPresent();
        clock.advance(Duration.ofMinutes(59));
        assertThat(sessions.find(session.id())).as("each request restarts the idle timer").isPresent();
        clock.advance(Duration.ofMinutes(61));
        assertThat(sessions.find(session.id())).isEmpty();
    }

    @Test
    void aBusySessionStillEndsAfterItsLifetime() {
        Session session = sessions.rotate(Optional.empty(), 7);
        for (int i = 0; i < 27; i++) {
            clock.advance(Duration.ofMinutes(55));
            sessions.find(session.id());
        }

        assertThat(sessions.find(session.id())).isEmpty();
    }

    @Test
    void loggingInIssuesANewIdAndEndsTheOldOne() {
        Session anonymous = sessions.anonymous();

        Session member = sessions.rotate(Optional.of(anonymous), 7);

        assertThat(member.id()).isNotEqualTo(anonymous.id());
        assertThat(member.csrfToken()).isNotEqualTo(anonymous.csrfToken());
        assertThat(member.memberId()).contains(7L);
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
        Session laptop = sessions.rotate(Optional.empty(), 7);
        Session phone = sessions.rotate(Optional.empty(), 7);
        Session other = sessions.rotate(Optional.empty(), 8);

        sessions.invalidateMember(7);

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
