package dev.plaza.atproto.car;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagCbor;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.cid.Codec;
import dev.plaza.atproto.encoding.Varint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class CarReaderTest {

    private static final Block RECORD = Block.of(new DagValue.Map(Map.of(
            "$type", new DagValue.Text("app.bsky.feed.post"), "text", new DagValue.Text("hello from Plaza"))));
    private static final Block BLOB = Block.of(Codec.RAW, "not really a png".getBytes(StandardCharsets.UTF_8));
    private static final Block COMMIT = Block.of(new DagValue.Map(Map.of(
            "data", new DagValue.Link(RECORD.cid()), "version", new DagValue.Int(3))));

    @Test
    void whatTheWriterWritesTheReaderReadsBack() {
        byte[] car = CarWriter.toBytes(List.of(COMMIT.cid()), List.of(COMMIT, RECORD, BLOB));

        Car read = CarReader.readAll(car);

        assertThat(read.roots()).containsExactly(COMMIT.cid());
        assertThat(read.blocks().blocks()).containsExactly(COMMIT, RECORD, BLOB);
        assertThat(read.blocks().get(BLOB.cid()).orElseThrow().bytes()).isEqualTo(BLOB.bytes());
        assertThat(read.blocks().get(RECORD.cid()).orElseThrow().decode()).isEqualTo(RECORD.decode());
        assertThat(read.toBytes()).isEqualTo(car);
    }

    @Test
    void theStreamingReaderHandsOutBlocksInFileOrderThenNothing() throws IOException {
        byte[] car = CarWriter.toBytes(List.of(COMMIT.cid()), List.of(BLOB, COMMIT));

        try (CarReader reader = CarReader.open(new ByteArrayInputStream(car))) {
            assertThat(reader.next()).contains(BLOB);
            assertThat(reader.next()).contains(COMMIT);
            assertThat(reader.next()).isEmpty();
            assertThat(reader.next()).isEmpty();
        }
    }

    @Test
    void aHeaderWithoutRootsIsAccepted() {
        assertThat(CarReader.readAll(CarWriter.toBytes(List.of(), List.of(BLOB))).roots()).isEmpty();
    }

    @Test
    void aFlippedByteInABlockIsRefusedAsACidMismatch() {
        byte[] car = CarWriter.toBytes(List.of(COMMIT.cid()), List.of(COMMIT, RECORD));
        int recordSection = car.length - RECORD.length() - Cid.BYTE_LENGTH - 1;
        car[car.length - 3] ^= 0x01;

        refused(car).hasMessageContaining("section at byte " + recordSection)
                .hasMessageContaining("block %s does not hash to its CID".formatted(RECORD.cid()));
    }

    @Test
    void aFlippedByteInACidIsRefused() {
        byte[] car = CarWriter.toBytes(List.of(COMMIT.cid()), List.of(RECORD));
        car[car.length - RECORD.length() - 1] ^= 0x01;

        refused(car).hasMessageContaining("does not hash to its CID");
    }

    @Test
    void aTruncatedFileIsRefusedWhereItEnds() {
        byte[] car = CarWriter.toBytes(List.of(COMMIT.cid()), List.of(COMMIT, RECORD));

        refused(Arrays.copyOf(car, car.length - 1)).hasMessageContaining("the file ends inside the section: 1 more bytes were due");
        refused(Arrays.copyOf(car, 10)).hasMessageContaining("section at byte 0").hasMessageContaining("ends inside the section");
    }

    @Test
    void aFileCutInsideASectionLengthIsRefused() {
        byte[] car = concat(CarWriter.toBytes(List.of(), List.of()), new byte[] {(byte) 0x80});

        refused(car).hasMessageContaining("the section length is broken");
    }

    @Test
    void anEmptyStreamIsNotACarFile() {
        refused(new byte[0]).hasMessageContaining("an empty stream is not a CAR file");
    }

    @Test
    void brokenHeadersAreRefused() {
        refused(section(new byte[0])).hasMessageContaining("the header is empty");
        refused(section(new byte[] {(byte) 0xff})).hasMessageContaining("the CAR header is not DAG-CBOR");
        refused(section(DagCbor.encode(new DagValue.List(List.of())))).hasMessageContaining("the CAR header is list, not a map");
        refused(section(header(2, new DagValue.List(List.of())))).hasMessageContaining("it is version 2; Plaza reads CAR v1");
        refused(section(header(1, new DagValue.List(List.of(new DagValue.Text("bafy…"))))))
                .hasMessageContaining("a root is string, not a CID link");
        refused(section(DagCbor.encode(new DagValue.Map(Map.of("version", new DagValue.Int(1))))))
                .hasMessageContaining("it has no roots");
    }

    @Test
    void aSectionOverTheCapIsRefusedBeforeItIsRead() {
        byte[] car = CarWriter.toBytes(List.of(), List.of(RECORD));
        CarLimits limits = CarLimits.DEFAULT.withMaxSectionBytes(Cid.BYTE_LENGTH + RECORD.length() - 1);

        assertThatThrownBy(() -> CarReader.readAll(new ByteArrayInputStream(car), limits))
                .isInstanceOf(AtprotoException.class)
                .hasMessageContaining("the section is %d bytes; the limit is %d"
                        .formatted(Cid.BYTE_LENGTH + RECORD.length(), limits.maxSectionBytes()));
    }

    @Test
    void aFileOverTheTotalCapIsRefused() {
        byte[] car = CarWriter.toBytes(List.of(), List.of(RECORD, BLOB));
        CarLimits limits = CarLimits.DEFAULT.withMaxTotalBytes(car.length - 1);

        assertThatThrownBy(() -> CarReader.readAll(new ByteArrayInputStream(car), limits))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("runs past its limit of " + (car.length - 1));
    }

    @Test
    void aSectionTooShortForItsCidIsRefused() {
        byte[] car = concat(CarWriter.toBytes(List.of(), List.of()), section(new byte[10]));

        refused(car).hasMessageContaining("the section is 10 bytes, too short for the 36-byte CID");
    }

    @Test
    void aSectionWhoseCidAtprotoDoesNotUseIsRefused() {
        byte[] cid = RECORD.cid().bytes();
        cid[1] = 0x70;
        byte[] car = concat(CarWriter.toBytes(List.of(), List.of()), section(concat(cid, RECORD.bytes())));

        refused(car).hasMessageContaining("does not start with a CID atproto uses").hasMessageContaining("multicodec 0x70");
    }

    @Test
    void aBlockIsMadeOnlyFromBytesThatHashToItsCid() {
        assertThat(Block.of(RECORD.cid(), RECORD.bytes())).isEqualTo(RECORD);
        assertThatThrownBy(() -> Block.of(RECORD.cid(), BLOB.bytes()))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("do not hash to " + RECORD.cid());
    }

    @Test
    void onlyDagCborBlocksDecode() {
        assertThatThrownBy(BLOB::decode).isInstanceOf(AtprotoException.class).hasMessageContaining("is RAW, not DAG-CBOR");
    }

    private static byte[] header(long version, DagValue roots) {
        return DagCbor.encode(new DagValue.Map(Map.of("version", new DagValue.Int(version), "roots", roots)));
    }

    private static byte[] section(byte[] content) {
        return concat(Varint.encode(content.length), content);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(byte[] car) {
        return assertThatThrownBy(() -> CarReader.readAll(car)).isInstanceOf(AtprotoException.class);
    }
}
