package org.archsim.app.practice.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.archsim.lessons.practice.Worksheet;
import org.archsim.model.io.FormatException;
import org.archsim.model.io.FormatProblem;
import org.junit.jupiter.api.Test;

/** Worksheet files: read when good; every problem located at its key or value when not. */
class WorksheetFileTest {

    private static List<String> problems(String text) {
        FormatException e = catchThrowableOfType(() -> WorksheetFile.parse("w.json", text), FormatException.class);
        assertThat(e).as("refused: " + text).isNotNull();
        return e.problems().stream().map(FormatProblem::toString).toList();
    }

    @Test
    void readsTheFiveEstimates() throws Exception {
        Worksheet w = WorksheetFile.parse("w.json", "{\"averageRps\": 1200, \"peakRps\": 3.5e3, "
                + "\"storagePerDayGb\": 0.5, \"egressMBps\": null, \"servers\": 2}");
        assertThat(w).isEqualTo(new Worksheet(1200.0, 3500.0, 0.5, null, 2.0));
    }

    @Test
    void wrongValuesAreLocatedAtTheValue() {
        String text = """
                {
                  "averageRps": 1200,
                  "peakRps": "lots",
                  "servers":   -2,
                  "egressMBps": [1]
                }
                """;
        assertThat(problems(text)).containsExactly(
                "w.json:3:14: peakRps: must be a number at least 0, was \"lots\"",
                "w.json:4:16: servers: must be a number at least 0, was -2",
                "w.json:5:17: egressMBps: must be a number at least 0, was a list");
    }

    @Test
    void unknownAndRepeatedFieldsAreLocatedAtTheKey() {
        String text = "{\n  \"peakRps\": 1,\n    \"qps\": {\"a\": 1},\n  \"peakRps\": 2\n}";
        assertThat(problems(text)).containsExactly(
                "w.json:3:5: qps: unknown field (a worksheet has: averageRps, egressMBps, peakRps, servers, "
                        + "storagePerDayGb)",
                "w.json:4:3: peakRps: given twice; keep one");
    }

    @Test
    void badJsonIsLocatedWhereTheParserStopped() {
        assertThat(problems("{\n  \"peakRps\": 1,\n  \"servers\" 2\n}")).singleElement()
                .satisfies(p -> assertThat(p).startsWith("w.json:3:13: not valid JSON: "));
        assertThat(problems("\n\n  [1, 2]")).containsExactly("w.json:3:3: a worksheet must be a JSON object");
        assertThat(problems("   ")).containsExactly("w.json:1:1: the file is empty; a worksheet is a JSON object");
        assertThat(problems("{\"servers\": 2}\n{")).containsExactly(
                "w.json:2:1: unexpected content after the worksheet object");
    }
}
