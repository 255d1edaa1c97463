package org.archsim.lessons.practice;

import java.util.ArrayList;
import java.util.List;
import org.archsim.lessons.goal.Fmt;

/**
 * Checks a {@link Worksheet} against a problem's {@link ProblemNumbers}. An estimate counts when it is within a
 * factor of the expected figure ({@code max(given/expected, expected/given) ≤ factor}): estimates are about orders of
 * magnitude, so being 40% high and 40% low are judged alike. Every check explains the arithmetic.
 *
 * <pre>{@code
 * List<Estimate> rows = EstimateCheck.check(problem.numbers(), worksheet, 2.0);
 * double score = EstimateCheck.score(rows);   // 0..1
 * }</pre>
 */
public final class EstimateCheck {

    private EstimateCheck() {
    }

    /** Whether {@code given} is within {@code factor} of {@code expected} (both taken as positive magnitudes). */
    public static boolean within(double given, double expected, double factor) {
        if (given <= 0 || expected <= 0) {
            return given == expected;
        }
        double ratio = Math.max(given / expected, expected / given);
        return ratio <= factor + 1e-9;
    }

    /** One row per worksheet field, in a fixed order. */
    public static List<Estimate> check(ProblemNumbers n, Worksheet w, double factor) {
        List<Estimate> out = new ArrayList<>();
        String perDay = Fmt.num(n.dailyUsers()) + " users × " + Fmt.num(n.requestsPerUserPerDay())
                + " requests a day = " + Fmt.num(n.requestsPerDay()) + " requests a day";
        out.add(row("average rps", n.averageRps(), w.averageRps(), factor,
                perDay + "; ÷ 86,400 s = " + Fmt.num(n.averageRps()) + " rps on average"));
        out.add(row("peak rps", n.peakRps(), w.peakRps(), factor,
                Fmt.num(n.averageRps()) + " rps on average × a peak factor of " + Fmt.num(n.peakFactor()) + " = "
                        + Fmt.num(n.peakRps()) + " rps at peak"));
        double gb = n.storagePerDayBytes() / 1e9;
        out.add(row("storage per day (GB)", gb, w.storagePerDayGb(), factor,
                "with " + Fmt.num(n.readsPerWrite()) + " reads per write, " + Fmt.pct(1 - n.readShare())
                        + " of requests are writes: " + Fmt.num(n.writesPerDay()) + " writes a day × "
                        + Fmt.num(n.writeBytes()) + " bytes = " + Fmt.num(gb) + " GB a day ("
                        + Fmt.num(n.totalStorageBytes() / 1e12) + " TB over " + Fmt.num(n.retentionYears())
                        + " years)"));
        double mb = n.peakEgressBytesPerSecond() / 1e6;
        out.add(row("egress at peak (MB/s)", mb, w.egressMBps(), factor,
                Fmt.num(n.peakRps()) + " rps × " + Fmt.pct(n.readShare()) + " reads × " + Fmt.num(n.readBytes())
                        + " bytes per read = " + Fmt.num(mb) + " MB/s going out at peak"));
        out.add(row("servers", n.serversNeeded(), w.servers(), factor,
                Fmt.num(n.peakRps()) + " rps at peak ÷ " + Fmt.num(n.serverRps()) + " rps per server, rounded up"
                        + " and at least 2 so one can fail = " + n.serversNeeded() + " servers"));
        return out;
    }

    private static Estimate row(String name, double expected, Double given, double factor, String arithmetic) {
        if (given == null) {
            return new Estimate(name, expected, null, false, arithmetic + ". Left blank.");
        }
        boolean ok = within(given, expected, factor);
        String verdict = ok ? "Your " + Fmt.num(given) + " is within ×" + Fmt.num(factor) + "."
                : "Your " + Fmt.num(given) + " is off by more than ×" + Fmt.num(factor) + " ("
                        + Fmt.num(given > 0 && expected > 0 ? Math.max(given / expected, expected / given) : 0)
                        + "×" + (given > expected ? " too high" : " too low") + ").";
        return new Estimate(name, expected, given, ok, arithmetic + ". " + verdict);
    }

    /** The share of estimates that passed, 0..1. */
    public static double score(List<Estimate> rows) {
        return rows.isEmpty() ? 0 : rows.stream().filter(Estimate::passed).count() / (double) rows.size();
    }
}
