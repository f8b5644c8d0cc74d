package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The spreadsheet files: RFC 4180, and no cell a spreadsheet would run as a formula. */
class CsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1", "  =1+1", "=cmd|' /C calc'!A0"})
    void aCellThatWouldRunAsAFormulaIsTextWithALeadingApostrophe(String cell) {
        String written = Csv.cell(cell);
        String unquoted = written.startsWith("\"") ? written.substring(1, written.length() - 1).replace("\"\"", "\"") : written;
        assertThat(unquoted).as(written).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain words|plain words",
            "a, b|\"a, b\"",
            "she said \"hi\"|\"she said \"\"hi\"\"\"",
            "212-555-0147|212-555-0147",
            "ñandú|ñandú",
            ", first|\", first\"",
            "\"quoted\" first|\"\"\"quoted\"\" first\""})
    void cellsAreQuotedOnlyWhenTheyMustBe(String cell, String written) {
        assertThat(Csv.cell(cell)).isEqualTo(written);
    }

    @org.junit.jupiter.api.Test
    void linesEndWithCrLfAQuotedCellKeepsItsLineBreakAndTheFileStartsWithAByteOrderMark() {
        StringBuilder csv = new StringBuilder();
        new Csv(csv, List.of("Caller", "Transcription")).row(List.of("212-555-0147", "line one\nline two"))
                .row(List.of("", ""));
        assertThat(csv.toString()).isEqualTo("\uFEFFCaller,Transcription\r\n212-555-0147,\"line one\nline two\"\r\n,\r\n");
        assertThat(Csv.cell(null)).isEmpty();
    }
}
