package org.archsim.app.practice.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.archsim.lessons.practice.Worksheet;
import org.archsim.model.io.FormatException;
import org.archsim.model.io.FormatProblem;

/**
 * Reads a worksheet file: a JSON object with any of {@code averageRps}, {@code peakRps}, {@code storagePerDayGb},
 * {@code egressMBps}, {@code servers} as non-negative numbers. Unknown fields and wrong types are located errors.
 */
public final class WorksheetFile {

    static final Set<String> FIELDS = Set.of("averageRps", "peakRps", "storagePerDayGb", "egressMBps", "servers");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private WorksheetFile() {
    }

    /** The worksheet in {@code file}. */
    public static Worksheet read(Path file) throws IOException, FormatException {
        return parse(file.toString(), Files.readString(file));
    }

    /** The worksheet in {@code text}, named {@code source} in errors. */
    public static Worksheet parse(String source, String text) throws FormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var l = e.getLocation();
            throw new FormatException(List.of(new FormatProblem(source, l == null ? 1 : Math.max(1, l.getLineNr()),
                    l == null ? 1 : Math.max(1, l.getColumnNr()), "", "not valid JSON: " + e.getOriginalMessage())));
        }
        List<FormatProblem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new FormatException(List.of(new FormatProblem(source, 1, 1, "", "a worksheet must be a JSON object")));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!FIELDS.contains(k)) {
                problems.add(new FormatProblem(source, 1, 1, k, "unknown field (a worksheet has: "
                        + String.join(", ", FIELDS.stream().sorted().toList()) + ")"));
            }
        }
        Double[] v = new Double[5];
        String[] keys = {"averageRps", "peakRps", "storagePerDayGb", "egressMBps", "servers"};
        for (int i = 0; i < keys.length; i++) {
            JsonNode n = root.get(keys[i]);
            if (n == null || n.isNull()) {
                continue;
            }
            if (!n.isNumber() || n.asDouble() < 0) {
                problems.add(new FormatProblem(source, 1, 1, keys[i], "must be a number at least 0, was " + n));
            } else {
                v[i] = n.asDouble();
            }
        }
        if (!problems.isEmpty()) {
            throw new FormatException(problems);
        }
        return new Worksheet(v[0], v[1], v[2], v[3], v[4]);
    }
}
