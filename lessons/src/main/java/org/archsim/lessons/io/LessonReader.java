package org.archsim.lessons.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.archsim.lessons.Lesson;
import org.archsim.lessons.PredictQuestion;
import org.archsim.lessons.goal.Goal;
import org.archsim.lessons.goal.PartFigureGoal;
import org.archsim.lessons.mutate.Mutation;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.io.FormatException;
import org.archsim.model.scenario.Scenario;

/**
 * Reads one lesson file ({@code archsim.lesson/1}) and the files it references, checking them against each other:
 * designs use only the allowed kinds, the scenario's fault targets exist in both designs, goals name parts of the
 * solution, and the concept removal applies to the solution. Every problem is located.
 */
final class LessonReader {

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("format", "id", "title", "concepts", "introduction",
            "start", "solution", "allowedKinds", "scenario", "goals", "hints", "predict", "removeConcept"));
    static final String FORMAT = "archsim.lesson/1";

    private final PackFiles files;
    private final Problems problems;

    LessonReader(PackFiles files, Problems problems) {
        this.files = files;
        this.problems = problems;
    }

    /** The lesson in pack file {@code rel}, or {@code null} when it has problems (all reported). */
    Lesson read(String rel, String text) {
        String src = files.name(rel);
        int before = problems.count();
        Fields f;
        try {
            List<org.archsim.model.io.FormatProblem> dups = new ArrayList<>();
            JValue root = Json.parse(src, text, dups);
            problems.addAll(dups);
            f = Fields.of(src, root, "", "a lesson file", problems);
        } catch (FormatException e) {
            problems.addAll(e.problems());
            return null;
        }
        if (f == null || !f.format(FORMAT)) {
            return null;
        }
        f.rejectUnknown(FIELDS, "a lesson");
        String id = f.string("id", true);
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            f.problem("id", "must be lower-case letters, digits and hyphens (at most 64), was \"" + id + "\"");
        }
        String title = f.string("title", true);
        List<String> concepts = f.strings("concepts", true, 1, 10);
        String intro = introduction(f, rel);
        Design start = design(f, rel, "start");
        Design solution = design(f, rel, "solution");
        List<String> allowed = f.strings("allowedKinds", true, 1, 50);
        if (allowed != null) {
            checkKinds(f, allowed, start, "start");
            checkKinds(f, allowed, solution, "solution");
        }
        Scenario scenario = ScenarioPart.read(f, rel, text, files, problems, start, solution);
        List<Goal> goals = new ArrayList<>();
        List<JValue> goalValues = f.array("goals", true);
        if (goalValues != null) {
            if (goalValues.isEmpty()) {
                f.problem("goals", "a lesson needs at least one goal");
            }
            for (int i = 0; i < goalValues.size(); i++) {
                Fields g = Fields.of(src, goalValues.get(i), f.path("goals") + "[" + i + "]", "a goal", problems);
                Goal goal = g == null ? null : GoalReader.read(g, scenario);
                if (goal instanceof PartFigureGoal pf && solution != null && solution.component(pf.part()).isEmpty()) {
                    g.problem("part", "the solution has no part \"" + pf.part() + "\"");
                }
                if (goal != null) {
                    goals.add(goal);
                }
            }
        }
        List<String> hints = f.strings("hints", true, 1, 10);
        PredictQuestion predict = predict(f);
        List<Mutation> removal = new ArrayList<>();
        List<JValue> steps = f.array("removeConcept", true);
        if (steps != null) {
            if (steps.isEmpty()) {
                f.problem("removeConcept", "must name at least one edit that takes the taught concept out");
            }
            for (int i = 0; i < steps.size(); i++) {
                Fields m = Fields.of(src, steps.get(i), f.path("removeConcept") + "[" + i + "]", "a removeConcept step",
                        problems);
                Mutation mu = m == null ? null : MutationReader.read(m, solution);
                if (mu != null) {
                    removal.add(mu);
                }
            }
        }
        if (problems.count() != before) {
            return null;
        }
        return new Lesson(id, title, concepts, intro, start, solution, allowed, scenario, goals, hints, predict, removal,
                src);
    }

    private String introduction(Fields f, String rel) {
        JValue v = f.get("introduction");
        if (v instanceof JValue.Obj) {
            Fields o = Fields.of(f.source(), v, f.path("introduction"), "introduction", problems);
            o.rejectUnknown(Set.of("markdown"), "an inline introduction");
            return o.string("markdown", true);
        }
        String ref = f.string("introduction", true);
        if (ref == null) {
            return null;
        }
        if (!ref.endsWith(".md")) {
            f.problem("introduction", "must name a markdown file (*.md) or be {\"markdown\": \"...\"}");
            return null;
        }
        String target = resolve(f, "introduction", rel, ref);
        if (target == null) {
            return null;
        }
        try {
            return files.read(target);
        } catch (FormatException e) {
            f.problem("introduction", "cannot use \"" + ref + "\": " + e.problems().get(0).message());
            return null;
        }
    }

    /** The pack-relative path of reference {@code ref} in field {@code key}, or {@code null} after reporting. */
    String resolve(Fields f, String key, String rel, String ref) {
        try {
            return PackPaths.resolve(rel, ref);
        } catch (IllegalArgumentException e) {
            f.problem(key, e.getMessage());
            return null;
        }
    }

    private Design design(Fields f, String rel, String key) {
        String ref = f.string(key, true);
        String target = ref == null ? null : resolve(f, key, rel, ref);
        if (target == null) {
            return null;
        }
        String text;
        try {
            text = files.read(target);
        } catch (FormatException e) {
            f.problem(key, "cannot use \"" + ref + "\": " + e.problems().get(0).message());
            return null;
        }
        try {
            return DesignCodec.read(files.name(target), text);
        } catch (FormatException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private void checkKinds(Fields f, List<String> allowed, Design d, String which) {
        for (String k : allowed) {
            if (Catalog.standard().kind(k).isEmpty()) {
                f.problem("allowedKinds", "unknown part kind \"" + k + "\"");
                return;
            }
        }
        if (d == null) {
            return;
        }
        for (Component c : d.components()) {
            if (!allowed.contains(c.kind().id())) {
                f.problem(which, "the " + which + " design uses \"" + c.id() + "\" of kind " + c.kind().id()
                        + ", which allowedKinds does not list");
                return;
            }
        }
    }

    private PredictQuestion predict(Fields f) {
        if (!f.has("predict")) {
            return null;
        }
        Fields p = Fields.of(f.source(), f.get("predict"), f.path("predict"), "predict", problems);
        if (p == null) {
            return null;
        }
        p.rejectUnknown(Set.of("question", "choices", "answer", "explanation"), "a prediction");
        String q = p.string("question", true);
        List<String> choices = p.strings("choices", true, 2, 8);
        Integer answer = p.integer("answer", true, 0, 7);
        String explanation = p.string("explanation", true);
        if (choices != null && answer != null && answer >= choices.size()) {
            p.problem("answer", "must be the index of a choice (0 to " + (choices.size() - 1) + "), was " + answer);
            return null;
        }
        if (q == null || choices == null || choices.size() < 2 || answer == null || explanation == null) {
            return null;
        }
        return new PredictQuestion(q, choices, answer, explanation);
    }
}
