package dev.plaza.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ActorImageTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] GIF = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] WEBP = "RIFF\u0024\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void theFormatComesFromTheFirstBytes() {
        assertThat(ActorImage.of(ImageSlot.AVATAR, PNG).image().format()).isEqualTo(ImageFormat.PNG);
        assertThat(ActorImage.of(ImageSlot.AVATAR, JPEG).image().format()).isEqualTo(ImageFormat.JPEG);
        assertThat(ActorImage.of(ImageSlot.HEADER, GIF).image().format()).isEqualTo(ImageFormat.GIF);
        assertThat(ActorImage.of(ImageSlot.HEADER, WEBP).image().format().mediaType()).isEqualTo("image/webp");
    }

    @Test
    void theDigestIsTheSha256OfTheBytesAndVersionsTheUrl() {
        ProfileImage image = ActorImage.of(ImageSlot.AVATAR, PNG).image();

        assertThat(image.digest()).hasSize(64).matches("[0-9a-f]+");
        assertThat(image.version()).isEqualTo(image.digest().substring(0, 16));
        assertThat(ActorImage.of(ImageSlot.AVATAR, PNG).image()).isEqualTo(image);
        assertThat(ActorImage.of(ImageSlot.AVATAR, Arrays.copyOf(PNG, 20)).image().digest()).isNotEqualTo(image.digest());
    }

    @Test
    void contentThatIsNoImageIsRefusedWhateverItClaims() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] html = "<!doctype html><title>png</title>".getBytes(StandardCharsets.UTF_8);
        byte[] riffButNotWebp = "RIFF\u0024\u0000\u0000\u0000WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);

        for (byte[] content : new byte[][] {svg, html, riffButNotWebp, Arrays.copyOf(PNG, 4)}) {
            assertThatThrownBy(() -> ActorImage.of(ImageSlot.AVATAR, content))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the avatar is not a PNG, JPEG, GIF or WebP image (judged by its content, not its name)");
        }
    }

    @Test
    void anEmptyFileAndOneOverTheSlotsLimitAreRefusedWithTheLimit() {
        byte[] bigAvatar = Arrays.copyOf(PNG, 2 * 1024 * 1024 + 1);
        byte[] bigHeader = Arrays.copyOf(PNG, 4 * 1024 * 1024 + 1);

        assertThatThrownBy(() -> ActorImage.of(ImageSlot.AVATAR, new byte[0])).hasMessageContaining("the avatar file is empty");
        assertThatThrownBy(() -> ActorImage.of(ImageSlot.AVATAR, bigAvatar))
                .hasMessageStartingWith("the avatar is 2,097,153 bytes; the limit is 2 MiB (2,097,152 bytes). Make it smaller");
        assertThat(ActorImage.of(ImageSlot.HEADER, bigAvatar).content()).hasSize(bigAvatar.length);
        assertThatThrownBy(() -> ActorImage.of(ImageSlot.HEADER, bigHeader))
                .hasMessageStartingWith("the header is 4,194,305 bytes; the limit is 4 MiB (4,194,304 bytes)");
        assertThatThrownBy(() -> ActorImage.requireFits(ImageSlot.AVATAR, 7L * 1024 * 1024 / 2))
                .hasMessageStartingWith("the avatar is 3.5 MiB; the limit is 2 MiB.");
    }
}
