package dev.plaza.federation.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.publishing.Visibility;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressingTest {

    private static final String FOLLOWERS = "https://brand.example/users/brand/followers";
    private static final String ANA = "https://social.example/users/ana";

    @Test
    void eachVisibilityAddressesLikeMastodon() {
        assertThat(Addressing.of(Visibility.PUBLIC, FOLLOWERS, List.of(ANA)))
                .isEqualTo(new Addressing(List.of(Addressing.PUBLIC), List.of(FOLLOWERS, ANA)));
        assertThat(Addressing.of(Visibility.UNLISTED, FOLLOWERS, List.of(ANA)))
                .isEqualTo(new Addressing(List.of(FOLLOWERS), List.of(Addressing.PUBLIC, ANA)));
        assertThat(Addressing.of(Visibility.FOLLOWERS, FOLLOWERS, List.of(ANA)))
                .isEqualTo(new Addressing(List.of(FOLLOWERS), List.of(ANA)));
        assertThat(Addressing.of(Visibility.DIRECT, FOLLOWERS, List.of(ANA, ANA)))
                .isEqualTo(new Addressing(List.of(ANA), List.of()));
    }
}
