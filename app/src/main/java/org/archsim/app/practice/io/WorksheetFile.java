package org.archsim.app.practice.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.archsim.lessons.practice.Worksheet;
import org.archsim.model.io.FormatException;
import org.archsim.model.io.FormatProblem;

/**
 * Reads a worksheet file: a JSON object with any of {@code averageRps}, {@code peakRps}, {@code storagePerDayGb},
 * {@code egressMBps}, {@code servers} as numbers at least 0 (or {@code null}: left blank). Every problem is located
 * ({@code file:line:column: field: message}) — unknown and repeated fields at their key, wrong values at the value,
 * bad JSON where the parser stopped — and all of them are reported together.
 */
public final class WorksheetFile {

    static final List<String> FIELDS = List.of("averageRps", "peakRps", "storagePerDayGb", "egressMBps", "servers");
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(10_000)
                    .maxNumberLength(100).build())
            .build();

    private WorksheetFile() {
    }

    /** The worksheet in {@code file}. */
    public static Worksheet read(Path file) throws IOException, FormatException {
        return parse(file.toString(), Files.readString(file));
    }

    /** The worksheet in {@code text}, named {@code source} in errors. */
    public static Worksheet parse(String source, String text) throws FormatException {
        List<FormatProblem> problems = new ArrayList<>();
        Map<String, Double> values = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            try {
                readObject(source, p, values, problems);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentTokenLocation();
                String m = String.valueOf(e.getOriginalMessage()).replaceAll("\\s*\\n.*", "");
                problems.add(at(source, at, "", "not valid JSON: " + m));
            }
        } catch (IOException e) {
            problems.add(new FormatProblem(source, 1, 1, "", "not readable as JSON: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new FormatException(problems);
        }
        return new Worksheet(values.get(FIELDS.get(0)), values.get(FIELDS.get(1)), values.get(FIELDS.get(2)),
                values.get(FIELDS.get(3)), values.get(FIELDS.get(4)));
    }

    private static void readObject(String source, JsonParser p, Map<String, Double> values,
            List<FormatProblem> problems) throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT) {
            problems.add(at(source, t == null ? null : p.currentTokenLocation(), "", t == null
                    ? "the file is empty; a worksheet is a JSON object" : "a worksheet must be a JSON object"));
            return;
        }
        Map<String, Boolean> seen = new HashMap<>();
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonLocation keyAt = p.currentTokenLocation();
            JsonToken v = p.nextToken();
            JsonLocation valueAt = p.currentTokenLocation();
            if (seen.put(key, true) != null) {
                problems.add(at(source, keyAt, key, "given twice; keep one"));
            } else if (!FIELDS.contains(key)) {
                problems.add(at(source, keyAt, key, "unknown field (a worksheet has: "
                        + String.join(", ", FIELDS.stream().sorted().toList()) + ")"));
            } else if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
                double d = p.getDoubleValue();
                if (d < 0 || !Double.isFinite(d)) {
                    problems.add(at(source, valueAt, key, "must be a number at least 0, was " + p.getText()));
                } else {
                    values.put(key, d);
                }
            } else if (v != JsonToken.VALUE_NULL) {
                problems.add(at(source, valueAt, key, "must be a number at least 0, was " + shown(p, v)));
            }
            p.skipChildren();
        }
        if (p.nextToken() != null) {
            problems.add(at(source, p.currentTokenLocation(), "", "unexpected content after the worksheet object"));
        }
    }

    private static String shown(JsonParser p, JsonToken v) throws IOException {
        return switch (v) {
            case VALUE_STRING -> "\"" + p.getText() + "\"";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            default -> p.getText();
        };
    }

    private static FormatProblem at(String source, JsonLocation l, String field, String message) {
        int line = l == null ? 1 : Math.max(1, l.getLineNr());
        int col = l == null ? 1 : Math.max(1, l.getColumnNr());
        return new FormatProblem(source, line, col, field, message);
    }
}
