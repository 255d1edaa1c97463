package org.archsim.sim.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.archsim.model.Design;

/**
 * Runs every runtime measurement once after a warm-up and prints the figures: the baseline M/M/1 loop, the engine on
 * M/M/1, the engine on a design file (the microservices example when given), and heap per request in flight.
 */
public final class BenchReport {

    private BenchReport() {
    }

    /**
     * Prints the figures to {@code out}.
     *
     * @param design   a design file to time as well, or null
     * @param seconds  simulated seconds per engine run (scaled so that one run takes about a second or more)
     * @param inFlight requests in flight for the memory figure, or 0 to skip it
     */
    public static void print(PrintWriter out, Path design, double seconds, int inFlight) throws IOException {
        // Warm up the JIT on each path first; the figures are from the runs after.
        BaselineMm1.run(5_000_000, 0.9, 1);
        RuntimeBench.mm1(seconds / 4, 1);
        // The baseline is timed by wall clock over a short loop; run it when the machine is quiet.
        BaselineMm1.Result base = BaselineMm1.run(20_000_000, 0.9, 2);
        line(out, String.format(Locale.ROOT, "baseline M/M/1 loop      %,14.0f customers/s  (mean sojourn %.2f, theory %.2f)",
                base.perSecond(), base.meanSojournUs(), 1 / (1 - 0.9)));
        RuntimeBench.Rate mm1 = RuntimeBench.mm1(seconds, 2);
        line(out, String.format(Locale.ROOT, "engine M/M/1             %,14.0f requests/s   (per CPU second; %,.0f per wall second; %,d requests, %,d events)",
                mm1.requestsPerCpuSecond(), mm1.requestsPerSecond(), mm1.requests(), mm1.events()));
        if (design != null) {
            Design d = RuntimeBench.read(design.getFileName().toString(), Files.readString(design));
            double s = seconds / 10;
            for (int i = 0; i < 3; i++) {
                RuntimeBench.run(d, s / 2, 1); // the JIT needs a few runs on a design with many part kinds
            }
            RuntimeBench.Rate r = RuntimeBench.run(d, s, 2);
            line(out, String.format(Locale.ROOT, "engine %-17s %,14.0f requests/s   (per CPU second; %,.0f per wall second; %,d requests, %,d events)",
                    d.name(), r.requestsPerCpuSecond(), r.requestsPerSecond(), r.requests(), r.events()));
        }
        if (inFlight > 0) {
            RuntimeBench.Memory m = RuntimeBench.memory(inFlight);
            line(out, String.format(Locale.ROOT, "memory per in-flight     %14.1f bytes        (%,d in flight, %,d bytes of heap, max heap %d MB)",
                    m.bytesPerRequest(), m.inFlight(), m.heapBytes(), Runtime.getRuntime().maxMemory() >> 20));
        }
    }

    private static void line(PrintWriter out, String s) {
        out.println(s);
        out.flush(); // each figure as soon as it is measured
    }

    /** {@code java ... BenchReport [design] [seconds] [inFlight]}. */
    public static void main(String[] args) throws IOException {
        Path design = args.length > 0 && !args[0].equals("-") ? Path.of(args[0]) : null;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 2000;
        int inFlight = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        print(new PrintWriter(System.out, true), design, seconds, inFlight);
    }
}
