package dev.plaza.atproto.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.syntax.Nsid;
import dev.plaza.atproto.syntax.RecordKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconVectorsTest {

    private static final LexiconCatalog CATALOG = LexiconCatalog.of(
            LexiconVectors.catalogDocuments().stream().map(LexiconDocument::parse).toList());

    @Test
    void everyValidSchemaDocumentIsAccepted() {
        List<LexiconVectors.Case> cases = LexiconVectors.cases("lexicon-valid.json", "lexicon");

        assertThat(cases).hasSize(3);
        assertThat(cases).allSatisfy(c -> assertThat(LexiconDocument.parse(c.json()).id().value())
                .isEqualTo(c.json().get("id").asText()));
    }

    @Test
    void everyInvalidSchemaDocumentIsRefused() {
        List<LexiconVectors.Case> cases = LexiconVectors.cases("lexicon-invalid.json", "lexicon");

        assertThat(cases).hasSize(7);
        assertThat(cases).allSatisfy(c -> assertThatThrownBy(() -> LexiconDocument.parse(c.json()))
                .as(c.name()).isInstanceOf(AtprotoException.class));
    }

    @Test
    void theWholeCatalogLoadsIntoOneCatalog() {
        assertThat(LexiconVectors.catalogDocuments()).hasSize(5);
        assertThat(CATALOG.document(Nsid.parse("example.lexicon.record"))).isPresent();
        assertThat(CATALOG.resolve("example.lexicon.subscription#yo")).containsInstanceOf(LexType.ObjectType.class);
        assertThat(CATALOG.resolve("example.lexicon.permissionset")).containsInstanceOf(LexType.PermissionSetType.class);
    }

    @Test
    void everyValidRecordIsAccepted() {
        List<LexiconVectors.Case> cases = LexiconVectors.cases("record-data-valid.json", "");

        assertThat(cases).hasSize(3);
        assertThat(cases).allSatisfy(c -> validate(c.json()));
    }

    @Test
    void everyInvalidRecordIsRefusedWithThePathOfWhatIsWrong() {
        List<LexiconVectors.Case> cases = LexiconVectors.cases("record-data-invalid.json", "");

        assertThat(cases).hasSize(50);
        assertThat(cases).allSatisfy(c -> assertThatThrownBy(() -> validate(c.json()))
                .as(c.name()).isInstanceOf(AtprotoException.class)
                .hasMessageContaining("record at $."));
    }

    private static void validate(JsonNode testCase) {
        JsonNode data = testCase.get("data");
        CATALOG.validateRecord(Nsid.parse(data.get("$type").asText()), RecordKey.parse(testCase.get("rkey").asText()), data);
    }
}
