package org.archsim.lessons.io;

import org.archsim.model.Design;
import org.archsim.model.io.FormatException;
import org.archsim.model.io.FormatProblem;
import org.archsim.model.io.ScenarioCodec;
import org.archsim.model.io.ScenarioDocument;
import org.archsim.model.scenario.Scenario;

/**
 * A lesson's {@code scenario}: a path to a scenario file, or a scenario object written inline. An inline scenario is
 * handed to the model's scenario reader as the lesson text with everything outside the object blanked (newlines
 * kept), so its problems keep their true line and column in the lesson file.
 */
final class ScenarioPart {

    private ScenarioPart() {
    }

    static Scenario read(Fields f, String rel, String lessonText, PackFiles files, Problems problems, Design start, Design solution) {
        JValue v = f.get("scenario");
        if (v == null) {
            f.missing("scenario");
            return null;
        }
        String source;
        String text;
        String prefix;
        if (v instanceof JValue.Str s) {
            String target;
            try {
                target = PackPaths.resolve(rel, s.value());
                text = files.read(target);
            } catch (IllegalArgumentException e) {
                f.problem("scenario", e.getMessage());
                return null;
            } catch (FormatException e) {
                f.problem("scenario", "cannot use \"" + s.value() + "\": " + e.problems().get(0).message());
                return null;
            }
            source = files.name(target);
            prefix = "";
        } else if (v instanceof JValue.Obj) {
            source = f.source();
            text = blankOutside(lessonText, v);
            prefix = "scenario.";
        } else {
            f.problem("scenario", "must be a path to a scenario file or a scenario object, was " + v.describe());
            return null;
        }
        try {
            ScenarioDocument doc = ScenarioCodec.readDocument(source, text);
            for (Design d : new Design[] {start, solution}) {
                if (d != null) {
                    for (FormatProblem p : ScenarioCodec.checkAgainst(doc, d)) {
                        problems.add(reprefix(p, prefix, d == start ? " (in the start design)" : " (in the solution)"));
                    }
                }
            }
            return doc.scenario();
        } catch (FormatException e) {
            e.problems().forEach(p -> problems.add(reprefix(p, prefix, "")));
            return null;
        }
    }

    private static FormatProblem reprefix(FormatProblem p, String prefix, String suffix) {
        String path = prefix.isEmpty() ? p.path() : (p.path().isEmpty() ? "scenario" : prefix + p.path());
        return new FormatProblem(p.file(), p.line(), p.column(), path, p.message() + suffix);
    }

    /** The lesson text with everything but the object at {@code v} replaced by spaces (newlines kept). */
    private static String blankOutside(String text, JValue v) {
        int start = offset(text, v.line(), v.column());
        int end = matchingBrace(text, start);
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(i >= start && i <= end || c == '\n' || c == '\r' ? c : ' ');
        }
        return b.toString();
    }

    private static int offset(String text, int line, int column) {
        int l = 1;
        int i = 0;
        while (l < line && i < text.length()) {
            if (text.charAt(i++) == '\n') {
                l++;
            }
        }
        return Math.min(text.length() - 1, i + column - 1);
    }

    private static int matchingBrace(String text, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i;
            }
        }
        return text.length() - 1;
    }
}
