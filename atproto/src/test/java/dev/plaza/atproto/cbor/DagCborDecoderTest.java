package dev.plaza.atproto.cbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import java.util.HexFormat;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of atproto's strict DAG-CBOR profile, refused with the byte where it is broken. */
class DagCborDecoderTest {

    private static final String CID_HEX = HexFormat.of().formatHex(
            Cid.parse("bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a").bytes());

    @Test
    void acceptsEveryKindOfDataModelValue() {
        DagValue value = decode("a8" + "616101" + "616220" + "6163f5" + "6164f6" + "616562c3a9"
                + "616642cafe" + "616782f4f4" + "6168d82a582500" + CID_HEX);

        assertThat(value).isInstanceOf(DagValue.Map.class);
        DagValue.Map map = (DagValue.Map) value;
        assertThat(map.integer("a")).contains(1L);
        assertThat(map.integer("b")).contains(-1L);
        assertThat(map.bool("c")).contains(true);
        assertThat(map.get("d")).isEmpty();
        assertThat(map.entries().get("d")).isEqualTo(DagValue.NULL);
        assertThat(map.text("e")).contains("é");
        assertThat(map.bytes("f").orElseThrow().toArray()).containsExactly(0xca, 0xfe);
        assertThat(map.list("g").orElseThrow().items()).hasSize(2);
        assertThat(map.link("h").orElseThrow().toString()).isEqualTo("bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a");
    }

    @Test
    void acceptsTheWholeSigned64BitRange() {
        assertThat(decode("1b7fffffffffffffff")).isEqualTo(new DagValue.Int(Long.MAX_VALUE));
        assertThat(decode("3b7fffffffffffffff")).isEqualTo(new DagValue.Int(Long.MIN_VALUE));
    }

    @Test
    void refusesIntegersBeyondSigned64Bits() {
        refused("1b8000000000000000").hasMessageContaining("at byte 0").hasMessageContaining("64-bit signed");
        refused("3b8000000000000000").hasMessageContaining("64-bit signed");
    }

    @ParameterizedTest
    @CsvSource({"9f01ff,list", "bf616101ff,map", "7f6161ff,string", "5f41aaff,byte string"})
    void refusesIndefiniteLengths(String hex, String kind) {
        refused(hex).hasMessageContaining("at byte 0").hasMessageContaining("indefinite-length " + kind);
    }

    @ParameterizedTest
    @CsvSource({"1817,23 in 1 bytes", "1900ff,255 in 2 bytes", "1a0000ffff,65535 in 4 bytes",
            "1b00000000ffffffff,4294967295 in 8 bytes", "3817,23 in 1 bytes"})
    void refusesIntegersNotInShortestForm(String hex, String detail) {
        refused(hex).hasMessageContaining("an integer is not in its shortest form (" + detail + ")");
    }

    @ParameterizedTest
    @CsvSource({"780161,string", "580101,byte string", "980101,list", "b8010101,map"})
    void refusesLengthsNotInShortestForm(String hex, String kind) {
        refused(hex).hasMessageContaining("a " + kind + "'s length is not in its shortest form");
    }

    @Test
    void refusesMapKeysOutOfBytewiseOrder() {
        refused("a2616201616102").hasMessageContaining("at byte 4").hasMessageContaining("\"a\" after \"b\"");
    }

    @Test
    void refusesALongerKeyBeforeAShorterOne() {
        refused("a262616201616302").hasMessageContaining("\"c\" after \"ab\"");
    }

    @Test
    void refusesDuplicateMapKeys() {
        refused("a2616101616102").hasMessageContaining("at byte 4").hasMessageContaining("map key \"a\" appears twice");
    }

    @Test
    void refusesKeysThatAreNotStrings() {
        refused("a10102").hasMessageContaining("at byte 1").hasMessageContaining("a map key is an integer");
        refused("a1410102").hasMessageContaining("a map key is a byte string");
    }

    @ParameterizedTest
    @CsvSource({"f93c00", "fa3f800000", "fb3ff0000000000000"})
    void refusesFloats(String hex) {
        refused(hex).hasMessageContaining("float");
    }

    @Test
    void refusesFloatsEvenWhenTheyHoldWholeNumbers() {
        refused("a16161fb4000000000000000").hasMessageContaining("at byte 3").hasMessageContaining("no floats");
    }

    @ParameterizedTest
    @CsvSource({"c074323031332d30332d32315432303a30343a30305a,tag 0", "d82b4100,tag 43", "d9010041aa,tag 256"})
    void refusesTagsOtherThan42(String hex, String tag) {
        refused(hex).hasMessageContaining(tag + "; DAG-CBOR allows only tag 42");
    }

    @Test
    void refusesATag42NotInShortestForm() {
        refused("d9002a582500" + CID_HEX).hasMessageContaining("a tag number is not in its shortest form");
    }

    @Test
    void refusesACidLinkWithoutItsIdentityPrefixOrBytes() {
        refused("d82a5824" + CID_HEX).hasMessageContaining("at byte 2").hasMessageContaining("0x00 multibase prefix");
        refused("d82a6161").hasMessageContaining("holds a string, not bytes");
        refused("d82a4400017112").hasMessageContaining("not a CID atproto uses");
    }

    @Test
    void refusesACidLinkToAnotherCodec() {
        refused("d82a582500" + "0170" + CID_HEX.substring(4)).hasMessageContaining("multicodec 0x70");
    }

    @Test
    void refusesUndefinedAndOtherSimpleValues() {
        refused("f7").hasMessageContaining("undefined");
        refused("f0").hasMessageContaining("simple value 16");
        refused("f820").hasMessageContaining("simple value 32");
        refused("ff").hasMessageContaining("break");
    }

    @Test
    void refusesReservedHeads() {
        refused("1c").hasMessageContaining("reserved additional information 28");
    }

    @Test
    void refusesTrailingBytes() {
        refused("0102").hasMessageContaining("at byte 1").hasMessageContaining("trailing bytes after the value (1)");
    }

    @ParameterizedTest
    @CsvSource({"62c328,1", "62c080,1", "63eda080,1", "64f4908080,1", "626180,2", "a162c3280102,2"})
    void refusesInvalidUtf8(String hex, int offset) {
        refused(hex).hasMessageContaining("at byte " + offset).hasMessageContaining("invalid UTF-8");
    }

    @Test
    void refusesInputThatEndsTooSoon() {
        refused("").hasMessageContaining("CBOR ends where a value should be");
        refused("626" + "1").hasMessageContaining("runs past the end");
        refused("a16161").hasMessageContaining("at byte 3").hasMessageContaining("ends where a value should be");
        refused("1901").hasMessageContaining("ends inside the head");
        refused("5b7fffffffffffffff").hasMessageContaining("runs past the end");
        refused("99ffff").hasMessageContaining("list of 65535 items runs past the end");
    }

    @Test
    void refusesNestingBeyondTheLimit() {
        String deepest = "81".repeat(DagCbor.MAX_NESTING) + "01";

        assertThat(decode(deepest)).isInstanceOf(DagValue.List.class);
        refused("81" + deepest).hasMessageContaining("nest deeper than " + DagCbor.MAX_NESTING);
    }

    @Test
    void readsAValueFromTheFrontAndSaysWhereItEnds() {
        byte[] frame = HexFormat.of().parseHex("a1617401" + "a1616102");

        DagCbor.Prefix header = DagCbor.decodePrefix(frame, 0);
        DagValue body = DagCbor.decode(frame, header.end(), frame.length - header.end());

        assertThat(header.end()).isEqualTo(4);
        assertThat(((DagValue.Map) header.value()).integer("t")).contains(1L);
        assertThat(((DagValue.Map) body).integer("a")).contains(2L);
    }

    private static DagValue decode(String hex) {
        return DagCbor.decode(HexFormat.of().parseHex(hex));
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String hex) {
        return assertThatThrownBy(() -> decode(hex)).isInstanceOf(AtprotoException.class);
    }
}
