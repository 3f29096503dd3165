package dev.plaza.atproto.cbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DagCborEncoderTest {

    @ParameterizedTest
    @CsvSource({"0,00", "23,17", "24,1818", "255,18ff", "256,190100", "65535,19ffff", "65536,1a00010000",
            "4294967295,1affffffff", "4294967296,1b0000000100000000", "9223372036854775807,1b7fffffffffffffff",
            "-1,20", "-24,37", "-25,3818", "-256,38ff", "-257,390100", "-9223372036854775808,3b7fffffffffffffff"})
    void integersTakeTheirShortestForm(long value, String hex) {
        assertThat(hex(new DagValue.Int(value))).isEqualTo(hex);
        assertThat(DagCbor.decode(HexFormat.of().parseHex(hex))).isEqualTo(new DagValue.Int(value));
    }

    @Test
    void lengthsTakeTheirShortestForm() {
        assertThat(hex(new DagValue.Text(""))).isEqualTo("60");
        assertThat(hex(new DagValue.Text("a".repeat(23)))).startsWith("77");
        assertThat(hex(new DagValue.Text("a".repeat(24)))).startsWith("7818");
        assertThat(hex(DagValue.Bytes.of(new byte[256]))).startsWith("590100");
        assertThat(hex(new DagValue.List(List.of()))).isEqualTo("80");
        assertThat(hex(DagValue.Map.EMPTY)).isEqualTo("a0");
    }

    @Test
    void mapKeysAreWrittenShortestFirstThenBytewise() {
        Map<String, DagValue> entries = new LinkedHashMap<>();
        for (String key : List.of("aaa", "bb", "é", "c", "a", "ab")) {
            entries.put(key, DagValue.NULL);
        }

        DagValue.Map map = new DagValue.Map(entries);

        assertThat(map.entries().keySet()).containsExactly("a", "c", "ab", "bb", "é", "aaa");
        assertThat(hex(map)).isEqualTo("a6" + "6161f6" + "6163f6" + "626162f6" + "626262f6" + "62c3a9f6" + "63616161f6");
    }

    @Test
    void keysCompareByUtf8BytesNotUtf16Units() {
        String astral = "\uD83D\uDE00";
        String highBmp = "\uFFFD";
        DagValue.Map map = new DagValue.Map(Map.of(astral, DagValue.NULL, highBmp, DagValue.NULL, "abcd", DagValue.NULL));

        assertThat(map.entries().keySet()).containsExactly(highBmp, "abcd", astral);
        assertThat(DagCbor.decode(DagCbor.encode(map))).isEqualTo(map);
    }

    @Test
    void linksAreTag42OverTheIdentityPrefixedCid() {
        Cid cid = Cid.parse("bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a");

        assertThat(hex(new DagValue.Link(cid))).isEqualTo("d82a582500" + HexFormat.of().formatHex(cid.bytes()));
    }

    @Test
    void simpleValuesHaveTheirOneByteForms() {
        assertThat(hex(DagValue.NULL)).isEqualTo("f6");
        assertThat(hex(new DagValue.Bool(true))).isEqualTo("f5");
        assertThat(hex(new DagValue.Bool(false))).isEqualTo("f4");
    }

    @Test
    void textIsWrittenAsUtf8() {
        String text = "a~öñ©⽘☎𓋓😀👨‍👩‍👧‍👧";

        byte[] encoded = DagCbor.encode(new DagValue.Text(text));

        assertThat(DagCbor.decode(encoded)).isEqualTo(new DagValue.Text(text));
        assertThat(encoded.length - 2).isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void aLoneSurrogateHasNoEncoding() {
        assertThatThrownBy(() -> DagCbor.encode(new DagValue.Text("a\uD800b")))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("lone surrogate U+D800 at index 1");
    }

    @Test
    void nestingBeyondWhatReadersAcceptIsRefused() {
        DagValue value = new DagValue.Int(1);
        for (int i = 0; i <= DagCbor.MAX_NESTING; i++) {
            value = new DagValue.List(List.of(value));
        }
        DagValue tooDeep = value;

        assertThatThrownBy(() -> DagCbor.encode(tooDeep))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("nest deeper than " + DagCbor.MAX_NESTING);
    }

    @Test
    void aValuesCidIsTheHashOfItsEncoding() {
        DagValue value = new DagValue.Map(Map.of("text", new DagValue.Text("hello")));

        assertThat(DagCbor.cid(value).verifies(DagCbor.encode(value))).isTrue();
    }

    private static String hex(DagValue value) {
        return HexFormat.of().formatHex(DagCbor.encode(value));
    }
}
