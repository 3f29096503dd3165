package dev.plaza.atproto.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingTest {

    @ParameterizedTest
    @CsvSource({"'',''", "f,my", "fo,mzxq", "foo,mzxw6", "foob,mzxw6yq", "fooba,mzxw6ytb", "foobar,mzxw6ytboi"})
    void base32MatchesRfc4648LowerCaseWithoutPadding(String text, String encoded) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        assertThat(Base32.encode(bytes)).isEqualTo(encoded);
        assertThat(Base32.decode(encoded)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({"'',''", "00,1", "0000287fb4cd,11233QC4", "48656c6c6f20576f726c6421,2NEpo7TZRRrLZSi2U",
            "00eb15231dfceb60925886b67d065299925915aeb172c06647,1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L"})
    void base58btcMatchesTheBitcoinAlphabet(String hex, String encoded) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        assertThat(Base58.encode(bytes)).isEqualTo(encoded);
        assertThat(Base58.decode(encoded)).isEqualTo(bytes);
    }

    @Test
    void randomBytesRoundTripThroughEveryEncoding() {
        Random random = new Random(42);
        for (int length = 0; length < 80; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            if (length % 7 == 0 && length > 0) {
                bytes[0] = 0;
            }
            assertThat(Multibase.decode(Multibase.base32(bytes))).isEqualTo(bytes);
            assertThat(Multibase.decode(Multibase.base58btc(bytes))).isEqualTo(bytes);
        }
    }

    @Test
    void textOutsideTheAlphabetsIsRefusedWithWhereItIs() {
        assertThatThrownBy(() -> Base32.decode("mzxW6")).isInstanceOf(AtprotoException.class)
                .hasMessageContaining("'W' at 3");
        assertThatThrownBy(() -> Base58.decode("2NEpo0")).isInstanceOf(AtprotoException.class)
                .hasMessageContaining("'0' at 5");
        assertThatThrownBy(() -> Multibase.decode("mAAAA")).isInstanceOf(AtprotoException.class)
                .hasMessageContaining("prefix 'm'");
        assertThatThrownBy(() -> Base32.decode("mzxw6yr")).isInstanceOf(AtprotoException.class)
                .hasMessageContaining("byte boundary");
    }

    @ParameterizedTest
    @CsvSource({"0,00", "1,01", "127,7f", "128,8001", "300,ac02", "16384,808001", "4294967295,ffffffff0f"})
    void varintsAreUnsignedLeb128(long value, String hex) throws Exception {
        byte[] bytes = HexFormat.of().parseHex(hex);
        assertThat(Varint.encode(value)).isEqualTo(bytes);
        assertThat(Varint.size(value)).isEqualTo(bytes.length);
        assertThat(Varint.read(bytes, 0)).isEqualTo(new Varint.Decoded(value, bytes.length));
        assertThat(Varint.read(new ByteArrayInputStream(bytes))).hasValue(value);
    }

    @Test
    void brokenVarintsAreRefused() throws Exception {
        assertThatThrownBy(() -> Varint.read(HexFormat.of().parseHex("8000"), 0)).hasMessageContaining("not minimally encoded");
        assertThatThrownBy(() -> Varint.read(HexFormat.of().parseHex("ff"), 0)).hasMessageContaining("runs past the end");
        assertThatThrownBy(() -> Varint.read(HexFormat.of().parseHex("ffffffffffffffffff01"), 0))
                .hasMessageContaining("longer than 9 bytes");
        assertThat(Varint.read(new ByteArrayInputStream(new byte[0]))).isEmpty();
        assertThatThrownBy(() -> Varint.read(new ByteArrayInputStream(new byte[] {(byte) 0x80})))
                .hasMessageContaining("ends inside a varint");
    }
}
