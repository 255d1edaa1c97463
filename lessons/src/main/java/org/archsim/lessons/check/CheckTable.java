package org.archsim.lessons.check;

import java.util.List;
import java.util.Locale;

/** Plain-text tables of pack check results, one block per lesson, for the command line and logs. */
public final class CheckTable {

    private CheckTable() {
    }

    /** The table of one lesson. */
    public static String format(LessonCheck c) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s — %s  [%s, %d ms]%n", c.lessonId(), c.title(),
                c.passed() ? "OK" : "FAILED", c.wallMs()));
        for (VariantResult r : c.rows()) {
            b.append(String.format(Locale.ROOT, "  %-16s %-17s %5s  %-6s %s%n", r.variant().label(),
                    r.variant().expectation(), r.seedsAsExpected() + "/" + r.seeds(), r.holds() ? "ok" : "FAIL",
                    r.detail()));
        }
        return b.toString();
    }

    /** Every lesson's table and a summary line. */
    public static String format(List<LessonCheck> checks) {
        StringBuilder b = new StringBuilder();
        checks.forEach(c -> b.append(format(c)));
        long failed = checks.stream().filter(c -> !c.passed()).count();
        b.append(failed == 0 ? "all " + checks.size() + " lessons hold\n"
                : failed + " of " + checks.size() + " lessons fail their checks\n");
        return b.toString();
    }
}
