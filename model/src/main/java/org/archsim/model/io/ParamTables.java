package org.archsim.model.io;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.archsim.model.Catalog;
import org.archsim.model.ComponentKind;
import org.archsim.model.ParamSpec;
import org.archsim.model.ParamType;
import org.archsim.model.scenario.FaultField;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.LoadStep;
import org.archsim.model.scenario.Scenario;
import org.archsim.model.scenario.TargetKind;

/** Markdown reference tables generated from parameter declarations, for {@code docs/formats.md}. */
final class ParamTables {

    private ParamTables() {
    }

    /** One section per kind: heading, description, parameter table. */
    static String kinds(Catalog catalog) {
        StringBuilder b = new StringBuilder();
        for (ComponentKind k : catalog.kinds()) {
            b.append("### `").append(k.id()).append("` — ").append(k.displayName()).append("\n\n");
            b.append(k.description());
            if (!k.inbound()) {
                b.append(" Sends requests only; nothing links to it.");
            }
            if (!k.outbound()) {
                b.append(" Answers requests itself; it links to nothing.");
            }
            b.append("\n\n").append(table(k.params())).append("\n");
        }
        return b.toString();
    }

    /** A parameter table: key, type, unit, default, range or choices, description. */
    static String table(List<ParamSpec> specs) {
        StringBuilder b = new StringBuilder();
        b.append("| Key | Type | Unit | Default | Range / choices | Description |\n");
        b.append("|---|---|---|---|---|---|\n");
        for (ParamSpec s : specs) {
            b.append("| `").append(s.key()).append("` | ").append(typeName(s.type())).append(" | ")
                    .append(cell(s.unit())).append(" | ").append(defaultText(s.defaultValue())).append(" | ")
                    .append(cell(rangeText(s))).append(" | ").append(cell(s.description())).append(" |\n");
        }
        return b.toString();
    }

    static String scenarioFields() {
        StringBuilder b = new StringBuilder("Top level:\n\n");
        b.append(table(List.of(Scenario.DURATION_S, Scenario.WARMUP_S)));
        b.append("| `seed` | integer |  | ").append(Scenario.DEFAULT_SEED)
                .append(" | any 64-bit integer | Seed all random streams derive from. |\n");
        b.append("\nLoad steps (`load[]`; default `[{\"atS\": 0, \"multiplier\": 1}]`; `atS` and `multiplier` "
                + "required):\n\n");
        b.append(table(List.of(LoadStep.AT_S, LoadStep.MULTIPLIER, LoadStep.RAMP_S)));
        b.append("\nFault fields (`faults[]`; `atS` and `type` required, the rest as the fault type says):\n\n");
        b.append("| Key | Type | Unit | Range | Description |\n|---|---|---|---|---|\n");
        b.append("| `atS` | number | s | ").append(cell(rangeText(ScenarioReader.FAULT_AT_S))).append(" | ")
                .append(ScenarioReader.FAULT_AT_S.description()).append(" |\n");
        b.append("| `type` | string |  | see below | The fault type. |\n");
        for (FaultField f : FaultField.values()) {
            ParamSpec s = f.spec().orElse(null);
            b.append("| `").append(f.key()).append("` | ")
                    .append(s == null ? (f == FaultField.TARGETS ? "array of strings" : "string") : typeName(s.type()))
                    .append(" | ").append(s == null ? "" : cell(s.unit())).append(" | ")
                    .append(s == null ? "" : cell(rangeText(s))).append(" | ").append(cell(f.description())).append(" |\n");
        }
        return b.toString();
    }

    static String faultTypes() {
        StringBuilder b = new StringBuilder();
        b.append("| Type | Target | Target part kinds | Requires | Optional | What happens |\n");
        b.append("|---|---|---|---|---|---|\n");
        for (FaultType t : FaultType.values()) {
            String requires = t.required().stream().map(f -> "`" + f.key() + "`").collect(Collectors.joining(", "));
            if (!t.oneOf().isEmpty()) {
                requires += (requires.isEmpty() ? "" : ", ") + "exactly one of "
                        + t.oneOf().stream().map(f -> "`" + f.key() + "`").collect(Collectors.joining(" or "));
            }
            String optional = t.optional().stream().map(f -> "`" + f.key() + "`").collect(Collectors.joining(", "));
            String kinds = t.targetPartKinds().stream().sorted().map(k -> "`" + k + "`").collect(Collectors.joining(", "));
            b.append("| `").append(t.fileName()).append("` | ")
                    .append(t.targetKind() == TargetKind.NONE ? "optional: a part id" : t.targetKind().readable())
                    .append(" | ").append(kinds.isEmpty() ? "any" : kinds).append(" | ").append(requires).append(" | ")
                    .append(optional).append(" | ").append(cell(t.description())).append(" |\n");
        }
        return b.toString();
    }

    private static String typeName(ParamType t) {
        return switch (t) {
            case INT -> "integer";
            case DECIMAL -> "number";
            case BOOL -> "boolean";
            case CHOICE -> "choice";
            case TEXT -> "string";
            case WEIGHTS -> "weights";
        };
    }

    private static String rangeText(ParamSpec s) {
        if (s.type() == ParamType.CHOICE) {
            return s.choices().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
        }
        if (s.type() == ParamType.WEIGHTS) {
            return "names → numbers ≥ 0";
        }
        return s.rangeText();
    }

    private static String defaultText(Object v) {
        if (v instanceof Number n) {
            return ParamSpec.format(n.doubleValue());
        }
        if (v instanceof Map<?, ?> || v instanceof String) {
            return "`" + JsonOut.value(v).toString().replace("|", "\\|") + "`";
        }
        return String.valueOf(v);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
