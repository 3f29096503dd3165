package dev.plaza.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileEditTest {

    @Test
    void textIsTrimmedAndLineBreaksOfTheBioStay() {
        ProfileEdit edit = new ProfileEdit("  Fernhill Bikes ", "\r\nCity bikes\r\nfor everyone\n",
                List.of(new ProfileField(" Website ", " https://fernhill.example ")));

        assertThat(edit.displayName()).isEqualTo("Fernhill Bikes");
        assertThat(edit.summary()).isEqualTo("City bikes\nfor everyone");
        assertThat(edit.fields()).containsExactly(new ProfileField("Website", "https://fernhill.example"));
    }

    @Test
    void eachLimitIsNamedWhenItIsPassed() {
        ProfileField field = new ProfileField("Shop", "");
        assertThatThrownBy(() -> new ProfileEdit(" ", "", List.of())).hasMessageContaining("the display name is empty");
        assertThatThrownBy(() -> new ProfileEdit("x".repeat(101), "", List.of()))
                .hasMessage("the display name is 101 characters; the limit is 100");
        assertThatThrownBy(() -> new ProfileEdit("Brand", "b".repeat(2001), List.of()))
                .hasMessage("the bio is 2001 characters; the limit is 2000");
        assertThatThrownBy(() -> new ProfileEdit("Brand", "", List.of(field, field, field, field, field)))
                .hasMessage("a profile has at most 4 fields, not 5");
        assertThatThrownBy(() -> new ProfileField("n".repeat(256), "v")).hasMessageContaining("is 256 characters; the limit is 255");
        assertThatThrownBy(() -> new ProfileField("Site", "v".repeat(2049)))
                .hasMessage("the value of the profile field 'Site' is 2049 characters; the limit is 2048");
        assertThatThrownBy(() -> new ProfileField("", "https://fernhill.example"))
                .hasMessage("a profile field needs a label (the value 'https://fernhill.example' has none)");
        assertThat(new ProfileField("n".repeat(255), "v".repeat(2048)).value()).hasSize(2048);
    }
}
