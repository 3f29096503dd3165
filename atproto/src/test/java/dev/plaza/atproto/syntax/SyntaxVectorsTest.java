package dev.plaza.atproto.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntaxVectorsTest {

    private static final Map<String, Predicate<String>> VALIDATORS = Map.ofEntries(
            Map.entry("atidentifier", AtIdentifier::isValid),
            Map.entry("aturi", AtUri::isValid),
            Map.entry("cid", CidSyntax::isValid),
            Map.entry("datetime", Datetime::isValid),
            Map.entry("did", Did::isValid),
            Map.entry("handle", Handle::isValid),
            Map.entry("language", LanguageTag::isValid),
            Map.entry("nsid", Nsid::isValid),
            Map.entry("recordkey", RecordKey::isValid),
            Map.entry("tid", Tid::isValid),
            Map.entry("uri", Uri::isValid));

    @ParameterizedTest(name = "{0}: {1} valid, {2} invalid")
    @CsvSource({
            "atidentifier, 11, 22",
            "aturi, 23, 72",
            "cid, 8, 10",
            "datetime, 35, 45",
            "did, 24, 18",
            "handle, 71, 48",
            "language, 18, 7",
            "nsid, 25, 27",
            "recordkey, 16, 11",
            "tid, 4, 9",
            "uri, 9, 12"})
    void everyValidLineIsAcceptedAndEveryInvalidLineRefused(String syntax, int validCount, int invalidCount) {
        Predicate<String> isValid = VALIDATORS.get(syntax);
        List<String> valid = SyntaxVectors.read(syntax + "_syntax_valid.txt");
        List<String> invalid = SyntaxVectors.read(syntax + "_syntax_invalid.txt");

        assertThat(valid).hasSize(validCount);
        assertThat(invalid).hasSize(invalidCount);
        assertThat(valid).as("valid %s refused", syntax).filteredOn(isValid.negate()).isEmpty();
        assertThat(invalid).as("invalid %s accepted", syntax).filteredOn(isValid).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} cases")
    @CsvSource({"datetime, 7", "language, 4"})
    void wellFormedButMeaninglessValuesPassTheSyntaxButFailParsing(String syntax, int count) {
        Predicate<String> hasValidSyntax = syntax.equals("datetime") ? Datetime::hasValidSyntax : LanguageTag::hasValidSyntax;
        List<String> cases = SyntaxVectors.read(syntax + "_parse_invalid.txt");

        assertThat(cases).hasSize(count);
        assertThat(cases).as("%s with broken syntax", syntax).filteredOn(hasValidSyntax.negate()).isEmpty();
        assertThat(cases).as("%s parsed although meaningless", syntax).filteredOn(VALIDATORS.get(syntax)).isEmpty();
    }
}
