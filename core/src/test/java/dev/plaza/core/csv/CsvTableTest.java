package dev.plaza.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void quotesWhatNeedsQuotingAndReadsBackAsWritten() {
        String text = new CsvTable(List.of("name", "said", "count"))
                .row(List.of("Ana, from Porto", "She said \"try it\"\nand left", 3))
                .row(java.util.Arrays.asList("Bo", null, 0))
                .text();

        assertThat(text).isEqualTo("name,said,count\r\n\"Ana, from Porto\",\"She said \"\"try it\"\"\nand left\",3\r\nBo,,0\r\n");
        List<List<String>> read = new ArrayList<>();
        CsvRows.read("test.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), (line, fields) -> read.add(fields));
        assertThat(read.get(1)).containsExactly("Ana, from Porto", "She said \"try it\"\nand left", "3");
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(CsvTable.field("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvTable.field("+1")).isEqualTo("'+1");
        assertThat(CsvTable.field("@brand")).isEqualTo("'@brand");
        assertThat(CsvTable.field("plain")).isEqualTo("plain");
    }

    @Test
    void aRowMustFitTheHeader() {
        assertThatThrownBy(() -> new CsvTable(List.of("a", "b")).row(List.of("x"))).hasMessageContaining("1 fields for 2 columns");
    }
}
