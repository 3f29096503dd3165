package dev.plaza.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FediverseReplierTest {

    @Test
    void aTeamMembersActorIsAddressedByItsHandleAloneOrWithItsServer() {
        assertThat(FediverseReplier.addresses("@robin can you help?", "robin")).isTrue();
        assertThat(FediverseReplier.addresses("thanks @Robin@plaza.example!", "robin")).isTrue();
        assertThat(FediverseReplier.addresses("ask @robinson", "robin")).isFalse();
        assertThat(FediverseReplier.addresses("mail robin@plaza.example", "robin")).isFalse();
    }
}
