package dev.plaza.atproto.cid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.encoding.Multibase;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CidTest {

    private static final String RECORD_CID = "bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a";
    private static final String BLOB_CID = "bafkreiccldh766hwcnuxnf2wh6jgzepf2nlu2lvcllt63eww5p6chi4ity";

    @Test
    void aBase32CidParsesAndPrintsBackUnchanged() {
        Cid record = Cid.parse(RECORD_CID);
        Cid blob = Cid.parse(BLOB_CID);

        assertThat(record.toString()).isEqualTo(RECORD_CID);
        assertThat(record.codec()).isEqualTo(Codec.DAG_CBOR);
        assertThat(record.byteLength()).isEqualTo(36);
        assertThat(blob.toString()).isEqualTo(BLOB_CID);
        assertThat(blob.codec()).isEqualTo(Codec.RAW);
    }

    @Test
    void theBinaryFormIsVersionCodecHashAndDigest() {
        Cid cid = Cid.parse(RECORD_CID);
        byte[] bytes = cid.bytes();

        assertThat(HexFormat.of().formatHex(bytes, 0, 4)).isEqualTo("01711220");
        assertThat(Arrays.copyOfRange(bytes, 4, 36)).isEqualTo(cid.digest());
        assertThat(Cid.fromBytes(bytes)).isEqualTo(cid);
    }

    @Test
    void aBase58btcCidReadsAsTheSameCid() {
        Cid cid = Cid.parse(RECORD_CID);

        assertThat(Cid.parse(Multibase.base58btc(cid.bytes()))).isEqualTo(cid);
    }

    @Test
    void hashingContentGivesTheWellKnownCidOfTheEmptyBlob() {
        Cid empty = Cid.of(Codec.RAW, new byte[0]);

        assertThat(empty.toString()).isEqualTo("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku");
        assertThat(Cid.withDigest(Codec.RAW, empty.digest())).isEqualTo(empty);
    }

    @Test
    void aCidVerifiesOnlyTheContentItWasMadeFrom() {
        byte[] content = "hello plaza".getBytes(StandardCharsets.UTF_8);
        Cid cid = Cid.of(Codec.DAG_CBOR, content);
        byte[] changed = content.clone();
        changed[0] ^= 1;

        assertThat(cid.verifies(content)).isTrue();
        assertThat(cid.verifies(changed)).isFalse();
        assertThat(Cid.of(Codec.RAW, content)).isNotEqualTo(cid);
    }

    @Test
    void readingAPrefixStopsAtTheCidsEnd() {
        byte[] cid = Cid.parse(RECORD_CID).bytes();
        byte[] followed = Arrays.copyOf(cid, cid.length + 5);

        Cid read = Cid.readPrefix(followed, 0);

        assertThat(read.byteLength()).isEqualTo(36);
        assertThat(read.toString()).isEqualTo(RECORD_CID);
        assertThatThrownBy(() -> Cid.fromBytes(followed))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("5 bytes follow the CID");
    }

    @Test
    void cidsWithEqualBytesAreEqualAndOrderByBytes() {
        Cid a = Cid.parse(RECORD_CID);
        Cid b = Cid.fromBytes(a.bytes());

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.compareTo(b)).isZero();
        assertThat(Cid.parse(BLOB_CID).compareTo(a)).isNegative();
    }

    @Test
    void aCidV0StringIsRefusedAsV0() {
        assertThatThrownBy(() -> Cid.parse("QmdfTbBqBPQ7VNxZEYEj14VmRuZBkqFbiwReogJgS1zR1n"))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("CIDv0");
    }

    @Test
    void aCidV0BinaryIsRefusedAsV0() {
        byte[] v0 = new byte[34];
        v0[0] = 0x12;
        v0[1] = 0x20;

        assertThatThrownBy(() -> Cid.fromBytes(v0)).isInstanceOf(AtprotoException.class).hasMessageContaining("CIDv0");
    }

    @Test
    void otherCodecsHashesAndVersionsAreRefused() {
        byte[] good = Cid.parse(RECORD_CID).bytes();

        assertThatThrownBy(() -> Cid.fromBytes(withByte(good, 1, 0x70)))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("multicodec 0x70");
        assertThatThrownBy(() -> Cid.fromBytes(withByte(good, 2, 0x13)))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("multihash 0x13");
        assertThatThrownBy(() -> Cid.fromBytes(withByte(good, 3, 0x1f)))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("31-byte");
        assertThatThrownBy(() -> Cid.fromBytes(withByte(good, 0, 0x02)))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("version 2");
    }

    @Test
    void aShortOrMalformedCidIsRefused() {
        byte[] good = Cid.parse(RECORD_CID).bytes();

        assertThatThrownBy(() -> Cid.fromBytes(Arrays.copyOf(good, 30)))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("cut short");
        assertThatThrownBy(() -> Cid.fromBytes(new byte[0]))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("cut short");
        assertThatThrownBy(() -> Cid.parse("."))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("\".\" is not a CID");
        assertThatThrownBy(() -> Cid.parse(""))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> Cid.parse("bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2"))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("is not a CID");
    }

    private static byte[] withByte(byte[] bytes, int index, int value) {
        byte[] copy = bytes.clone();
        copy[index] = (byte) value;
        return copy;
    }
}
