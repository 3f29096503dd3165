package dev.plaza.atproto.cbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.atproto.AtprotoException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The atproto interop data model vectors and real records, read where they lie. */
class DataModelVectorsTest {

    private static final Path DATA_MODEL = Path.of(System.getProperty("plaza.vectors"), "atproto-interop-tests", "data-model");
    private static final Path REPO_TESTDATA = Path.of(System.getProperty("plaza.vectors"), "atproto-repos", "testing", "testdata");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachFixtureEncodesToItsExactBytesAndCid() throws IOException {
        JsonNode fixtures = JSON.readTree(DATA_MODEL.resolve("data-model-fixtures.json").toFile());

        for (JsonNode fixture : fixtures) {
            byte[] expected = Base64.getDecoder().decode(fixture.get("cbor_base64").textValue());
            DagValue value = DataModelJson.toObject(fixture.get("json"));

            assertThat(DagCbor.encode(value)).isEqualTo(expected);
            assertThat(DagCbor.cid(value).toString()).isEqualTo(fixture.get("cid").textValue());
            assertThat(DagCbor.decode(expected)).isEqualTo(value);
            assertThat(DataModelJson.toValue(DataModelJson.toJson(value))).isEqualTo(value);
        }
        assertThat(fixtures.size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyValidDocumentIsAcceptedAndSurvivesCbor() throws IOException {
        JsonNode cases = JSON.readTree(DATA_MODEL.resolve("data-model-valid.json").toFile());

        for (JsonNode valid : cases) {
            DagValue value = DataModelJson.toObject(valid.get("json"));

            assertThat(DagCbor.decode(DagCbor.encode(value))).as(valid.get("note").textValue()).isEqualTo(value);
        }
        assertThat(cases.size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyInvalidDocumentIsRefused() throws IOException {
        JsonNode cases = JSON.readTree(DATA_MODEL.resolve("data-model-invalid.json").toFile());

        for (JsonNode invalid : cases) {
            assertThatThrownBy(() -> DataModelJson.toObject(invalid.get("json")))
                    .as(invalid.get("note").textValue())
                    .isInstanceOf(AtprotoException.class);
        }
        assertThat(cases.size()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void realRecordsDecodeAndEncodeBackToTheSameBytes() throws IOException {
        List<Path> records;
        try (Stream<Path> files = Files.list(REPO_TESTDATA)) {
            records = files.filter(file -> file.toString().endsWith(".cbor")).sorted().toList();
        }

        for (Path record : records) {
            byte[] bytes = Files.readAllBytes(record);
            DagValue value = DagCbor.decode(bytes);

            assertThat(DagCbor.encode(value)).as(record.getFileName().toString()).isEqualTo(bytes);
            assertThat(value).isInstanceOf(DagValue.Map.class);
            assertThat(((DagValue.Map) value).text("$type")).isPresent();
        }
        assertThat(records).hasSizeGreaterThanOrEqualTo(2);
    }
}
