package org.archsim.app.inspector;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.archsim.model.ParamSpec;

/**
 * One parameter row of the inspector: its spec, its current value (as a value and as text), whether the design sets it
 * explicitly (otherwise the default applies), and the reason the last input was refused, if it was.
 */
public final class ParamRow {

    private final ParamSpec spec;
    private final ReadOnlyObjectWrapper<Object> value = new ReadOnlyObjectWrapper<>(this, "value");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper explicit = new ReadOnlyBooleanWrapper(this, "explicit");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    ParamRow(ParamSpec spec) {
        this.spec = spec;
    }

    public ParamSpec spec() {
        return spec;
    }

    /** The readable label, e.g. "Service time". */
    public String label() {
        return ParamLabels.label(spec);
    }

    /** The tooltip: description, range or choices with unit, and default. */
    public String help() {
        StringBuilder b = new StringBuilder(spec.description());
        String range = spec.rangeText();
        if (!range.isEmpty()) {
            b.append("\n").append(spec.type() == org.archsim.model.ParamType.CHOICE ? "Choices: " : "Range: ")
                    .append(range).append(spec.unit().isEmpty() ? "" : " " + spec.unit());
        }
        b.append("\nDefault: ").append(ParamText.format(spec, spec.defaultValue()))
                .append(spec.unit().isEmpty() ? "" : " " + spec.unit());
        return b.toString();
    }

    public ReadOnlyObjectProperty<Object> valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** The value as text, for text fields. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Whether the value is set explicitly (so "reset to default" means something). */
    public ReadOnlyBooleanProperty explicitProperty() {
        return explicit.getReadOnlyProperty();
    }

    /** Why the last input was refused; empty when it was accepted. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void show(Object v, boolean isExplicit) {
        value.set(v);
        text.set(ParamText.format(spec, v));
        explicit.set(isExplicit);
    }

    void setError(String reason) {
        error.set(reason == null ? "" : reason);
    }
}
