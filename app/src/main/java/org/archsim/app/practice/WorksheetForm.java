package org.archsim.app.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.archsim.lessons.practice.Worksheet;

/**
 * The worksheet form's model: the five estimates as typed text. {@link #parse()} turns them into a
 * {@link Worksheet} or refuses with one message per bad field; a blank field is allowed and simply scores nothing.
 * Spaces, underscores and thousands commas are ignored ({@code 1,157} and {@code 1 157} read as 1157).
 */
public final class WorksheetForm {

    /** One field of the form: its key (as in a worksheet file), label (with its unit) and the empty field's hint. */
    public record Field(String key, String label, String hint) {
    }

    /** The fields in form order. */
    public static final List<Field> FIELDS = List.of(
            new Field("averageRps", "Average rps", "requests/s"),
            new Field("peakRps", "Peak rps", "requests/s"),
            new Field("storagePerDayGb", "Storage per day (GB)", "GB"),
            new Field("egressMBps", "Egress at peak (MB/s)", "MB/s"),
            new Field("servers", "Servers", "app servers"));

    /**
     * What the form holds: a worksheet when every field parsed, else {@code null} and the errors by field key.
     */
    public record Parsed(Worksheet worksheet, Map<String, String> errors) {
        public Parsed {
            errors = Map.copyOf(errors);
        }

        public boolean ok() {
            return worksheet != null;
        }
    }

    private final Map<String, StringProperty> text = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public WorksheetForm() {
        for (Field f : FIELDS) {
            StringProperty p = new SimpleStringProperty(this, f.key(), "");
            p.addListener((o, a, b) -> error.set(""));  // an old complaint goes once the field is edited
            text.put(f.key(), p);
        }
    }

    /** The text of the field {@code key} (one of {@link #FIELDS}). */
    public StringProperty text(String key) {
        StringProperty p = text.get(key);
        if (p == null) {
            throw new IllegalArgumentException("no worksheet field " + key);
        }
        return p;
    }

    /** Empties every field. */
    public void clear() {
        text.values().forEach(p -> p.set(""));
        error.set("");
    }

    /** The latest refusal, one line per bad field, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Reads the fields; on failure {@link #errorProperty()} says which and why. */
    public Parsed parse() {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Double> values = new ArrayList<>();
        for (Field f : FIELDS) {
            String raw = text.get(f.key()).get();
            String t = raw == null ? "" : raw.replace(",", "").replace("_", "").replaceAll("\\s", "");
            if (t.isEmpty()) {
                values.add(null);
                continue;
            }
            Double v = number(t);
            if (v == null) {
                errors.put(f.key(), f.label() + ": \"" + raw.strip() + "\" is not a number");
            } else if (v < 0) {
                errors.put(f.key(), f.label() + ": must be 0 or more, was " + raw.strip());
            }
            values.add(v);
        }
        if (!errors.isEmpty()) {
            error.set(String.join("\n", errors.values()));
            return new Parsed(null, errors);
        }
        error.set("");
        return new Parsed(new Worksheet(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4)),
                errors);
    }

    private static Double number(String t) {
        // Only plain decimal numbers: parseDouble would also take "NaN", "Infinity" and hex floats.
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? v : null;
    }
}
