package dev.plaza.atproto.cbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.atproto.AtprotoException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class DataModelJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CID = "bafkreiccldh766hwcnuxnf2wh6jgzepf2nlu2lvcllt63eww5p6chi4ity";

    @Test
    void linksAndBytesTakeTheirJsonObjectForms() throws JsonProcessingException {
        JsonNode json = json("{\"l\": {\"$link\": \"" + CID + "\"}, \"b\": {\"$bytes\": \"AQID\"}, \"n\": 5}");

        DagValue.Map value = DataModelJson.toObject(json);

        assertThat(value.link("l").orElseThrow().toString()).isEqualTo(CID);
        assertThat(value.bytes("b").orElseThrow().toArray()).containsExactly(1, 2, 3);
        assertThat(DataModelJson.toJson(value).toString())
                .isEqualTo("{\"b\":{\"$bytes\":\"AQID\"},\"l\":{\"$link\":\"" + CID + "\"},\"n\":5}");
    }

    @Test
    void bytesAreWrittenWithoutPaddingAndReadWithOrWithout() throws JsonProcessingException {
        DagValue unpadded = DataModelJson.toValue(json("{\"$bytes\": \"AQ\"}"));
        DagValue padded = DataModelJson.toValue(json("{\"$bytes\": \"AQ==\"}"));

        assertThat(unpadded).isEqualTo(padded).isEqualTo(DagValue.Bytes.of(new byte[] {1}));
        assertThat(DataModelJson.toJson(unpadded).get("$bytes").textValue()).isEqualTo("AQ");
    }

    @Test
    void wholeNumbersWrittenAsFloatsAreIntegers() throws JsonProcessingException {
        assertThat(DataModelJson.toValue(json("123.0"))).isEqualTo(new DagValue.Int(123));
        assertThat(DataModelJson.toValue(json("-0.0"))).isEqualTo(new DagValue.Int(0));
        assertThat(DataModelJson.toValue(json("9223372036854775807"))).isEqualTo(new DagValue.Int(Long.MAX_VALUE));
    }

    @Test
    void fractionsAndHugeNumbersAreRefused() {
        refused("{\"a\": [1, 2.5]}").hasMessage("$.a[1] is the float 2.5; the atproto data model has only integers");
        refused("{\"a\": 9223372036854775808}").hasMessageContaining("$.a is 9223372036854775808, beyond the 64-bit");
        refused("{\"a\": 1e300}").hasMessageContaining("beyond the 64-bit");
    }

    @Test
    void theTopLevelOfADocumentIsAnObject() {
        refused("[1]").hasMessageContaining("object at the top level, not ARRAY");
    }

    @Test
    void typeIsANonEmptyString() {
        refused("{\"a\": {\"$type\": \"\"}}").hasMessage("$.a.$type is \"\"; it must be a non-empty string");
        refused("{\"$type\": null}").hasMessage("$.$type is null; it must be a non-empty string");
        refused("{\"$type\": 7}").hasMessage("$.$type is integer; it must be a non-empty string");
    }

    @Test
    void aBlobHasALinkAMimeTypeAndASize() throws JsonProcessingException {
        String blob = "{\"$type\": \"blob\", \"ref\": {\"$link\": \"" + CID + "\"}, \"mimeType\": \"image/png\", \"size\": 12}";

        assertThat(DataModelJson.toObject(json(blob)).text("mimeType")).contains("image/png");
        refused(blob.replace("\"size\": 12", "\"size\": \"12\"")).hasMessage("$.size of a blob is \"12\"; it must be an integer");
        refused(blob.replace("\"mimeType\": \"image/png\", ", "")).hasMessage("$ is a blob without mimeType");
        refused(blob.replace("{\"$link\": \"" + CID + "\"}", "\"" + CID + "\"")).hasMessageContaining("$.ref of a blob is");
    }

    @Test
    void linkAndBytesObjectsHoldOneStringAndNothingElse() {
        refused("{\"a\": {\"$link\": \"" + CID + "\", \"x\": 1}}").hasMessage("$.a is a $link object with other fields too ($link, x)");
        refused("{\"a\": {\"$link\": 5}}").hasMessage("$.a.$link is NUMBER; it must be a string");
        refused("{\"a\": {\"$link\": \".\"}}").hasMessageContaining("\".\" is not a CID");
        refused("{\"a\": {\"$bytes\": [1]}}").hasMessage("$.a.$bytes is ARRAY; it must be a string");
        refused("{\"a\": {\"$bytes\": \"!!\"}}").hasMessageContaining("$.a.$bytes is not base64");
    }

    private static JsonNode json(String text) throws JsonProcessingException {
        return JSON.readTree(text);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String text) {
        return assertThatThrownBy(() -> DataModelJson.toObject(json(text))).isInstanceOf(AtprotoException.class);
    }
}
