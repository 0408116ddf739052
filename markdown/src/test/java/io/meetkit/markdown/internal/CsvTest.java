package io.meetkit.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jekyll {@code _data/*.csv} files: a header row, then one map of strings per row. */
class CsvTest {

    @Test
    void eachRowBecomesAMapFromHeaderToCellInHeaderOrder() {
        List<Map<String, Object>> rows = Csv.read("""
                name,twitter,city
                Jane Doe,janedoe,Pune
                Ravi K,ravik,Chennai
                """);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly(entry("name", "Jane Doe"), entry("twitter", "janedoe"),
                entry("city", "Pune"));
        assertThat(rows.get(1)).containsExactly(entry("name", "Ravi K"), entry("twitter", "ravik"),
                entry("city", "Chennai"));
    }

    @Test
    void quotedCellsKeepTheirCommasAndDoubledQuotes() {
        List<Map<String, Object>> rows = Csv.read("""
                name,title
                "Doe, Jane","She said ""hello"", then left"
                """);
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsExactly(
                entry("name", "Doe, Jane"), entry("title", "She said \"hello\", then left")));
    }

    @Test
    void crlfLineEndsAreRowEndsAndNotPartOfTheLastCell() {
        List<Map<String, Object>> rows = Csv.read("name,city\r\nJane,Pune\r\nRavi,Chennai\r\n");
        assertThat(rows).extracting(row -> row.get("city")).containsExactly("Pune", "Chennai");
    }

    @Test
    void aNewlineInsideQuotesStaysInTheCell() {
        List<Map<String, Object>> rows = Csv.read("name,bio\nJane,\"First line\nsecond line\"\nRavi,short\n");
        assertThat(rows).extracting(row -> row.get("bio")).containsExactly("First line\nsecond line", "short");
    }

    @Test
    void aShortRowGetsEmptyStringsForItsMissingCells() {
        List<Map<String, Object>> rows = Csv.read("""
                name,twitter,city
                Jane
                Ravi,ravik
                """);
        assertThat(rows.get(0)).containsExactly(entry("name", "Jane"), entry("twitter", ""), entry("city", ""));
        assertThat(rows.get(1)).containsExactly(entry("name", "Ravi"), entry("twitter", "ravik"), entry("city", ""));
    }

    @Test
    void aLongRowsExtraCellsAreDropped() {
        assertThat(Csv.read("name\nJane,extra,more\n"))
                .singleElement().satisfies(row -> assertThat(row).containsExactly(entry("name", "Jane")));
    }

    @Test
    void aHeaderWithoutRowsGivesNoRows() {
        assertThat(Csv.read("name,twitter\n")).isEmpty();
        assertThat(Csv.read("name,twitter")).isEmpty();
    }

    @Test
    void anEmptyFileGivesNoRows() {
        assertThat(Csv.read("")).isEmpty();
        assertThat(Csv.read("\n\n")).isEmpty();
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() {
        List<Map<String, Object>> rows = Csv.read("\uFEFFname,city\nJane,Pune\n");
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsExactly(
                entry("name", "Jane"), entry("city", "Pune")));
    }

    @Test
    void blankLinesAreSkippedAndCellsAreNotTrimmed() {
        List<Map<String, Object>> rows = Csv.read("\nname,city\n\n Jane , Pune \n\n");
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsExactly(
                entry("name", " Jane "), entry("city", " Pune ")));
    }

    @Test
    void aRepeatedHeaderKeepsItsPlaceAndTheLastCell() {
        assertThat(Csv.read("name,name,city\nJane,Doe,Pune\n")).singleElement().satisfies(row ->
                assertThat(row).containsExactly(entry("name", "Doe"), entry("city", "Pune")));
    }

    @Test
    void anUnclosedQuoteEndsTheReadingButKeepsTheRowsBeforeIt() {
        List<Map<String, Object>> rows = Csv.read("name,city\nJane,Pune\nRavi,\"Chennai\nLata,Delhi\n");
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsEntry("name", "Jane"));
    }

    @Test
    void textAfterAClosingQuoteEndsTheReadingWithoutThrowing() {
        assertThat(Csv.read("name,city\n\"Jane\"x,Pune\n")).isEmpty();
    }

    @Test
    void theRowsAndTheirMapsAreUnmodifiable() {
        List<Map<String, Object>> rows = Csv.read("name\nJane\n");
        assertThatThrownBy(() -> rows.add(Map.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rows.get(0).put("name", "x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
