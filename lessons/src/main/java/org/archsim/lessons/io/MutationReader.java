package org.archsim.lessons.io;

import java.util.List;
import java.util.Set;
import org.archsim.lessons.mutate.Mutation;
import org.archsim.lessons.mutate.RemoveLink;
import org.archsim.lessons.mutate.RemoveParts;
import org.archsim.lessons.mutate.SetParam;
import org.archsim.model.Design;

/**
 * Reads one item of a lesson's {@code removeConcept} list — {@code {"removeKind": "cache", "bypass": true}},
 * {@code {"removePart": "lb-b"}}, {@code {"removeLink": "a->b"}},
 * {@code {"setParam": {"part": "app", "key": "instances", "value": 1}}} or
 * {@code {"setLinkParam": {"link": "app->db", "key": "timeoutMs", "value": 0}}} — and checks it against the solution.
 */
final class MutationReader {

    static final List<String> ACTIONS = List.of("removeKind", "removePart", "removeLink", "setParam",
            "setLinkParam");

    private MutationReader() {
    }

    /** The mutation, or {@code null} after reporting its problems. */
    static Mutation read(Fields f, Design solution) {
        f.rejectUnknown(Set.of("removeKind", "removePart", "removeLink", "setParam", "setLinkParam", "bypass"),
                "a removeConcept step");
        List<String> present = ACTIONS.stream().filter(f::has).toList();
        if (present.size() != 1) {
            f.problems().at(f.source(), f.obj(), f.path(""), "must hold exactly one of " + String.join(", ", ACTIONS)
                    + (present.isEmpty() ? "" : "; found " + String.join(", ", present)));
            return null;
        }
        String action = present.get(0);
        if (f.has("bypass") && !action.startsWith("removeK") && !action.equals("removePart")) {
            f.problem("bypass", "only removeKind and removePart can bypass");
        }
        boolean bypass = f.has("bypass") && f.get("bypass") instanceof JValue.Bool b && b.value();
        if (f.has("bypass") && !(f.get("bypass") instanceof JValue.Bool)) {
            f.problem("bypass", "must be true or false, was " + f.get("bypass").describe());
        }
        Mutation m = switch (action) {
            case "removeKind" -> orNull(f.string(action, true), k -> new RemoveParts(k, null, bypass));
            case "removePart" -> orNull(f.string(action, true), p -> new RemoveParts(null, p, bypass));
            case "removeLink" -> orNull(f.string(action, true), RemoveLink::new);
            default -> setParam(f, action);
        };
        if (m != null && solution != null) {
            String why = m.problemWith(solution).orElse(null);
            if (why != null) {
                f.problem(action, why);
                return null;
            }
        }
        return m;
    }

    private static <T> Mutation orNull(T v, java.util.function.Function<T, Mutation> make) {
        return v == null ? null : make.apply(v);
    }

    private static Mutation setParam(Fields outer, String action) {
        boolean link = action.equals("setLinkParam");
        Fields f = Fields.of(outer.source(), outer.get(action), outer.path(action), action, outer.problems());
        if (f == null) {
            return null;
        }
        String targetKey = link ? "link" : "part";
        f.rejectUnknown(Set.of(targetKey, "key", "value"), action);
        String target = f.string(targetKey, true);
        String key = f.string("key", true);
        JValue v = f.get("value");
        Object value = null;
        if (v == null) {
            f.missing("value");
        } else if (v instanceof JValue.Num n) {
            double d = n.value();
            value = d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
        } else if (v instanceof JValue.Str s) {
            value = s.value();
        } else if (v instanceof JValue.Bool b) {
            value = b.value();
        } else {
            f.problem("value", "must be a number, a string or true/false, was " + v.describe());
        }
        return target == null || key == null || value == null ? null : new SetParam(target, link, key, value);
    }
}
