package org.archsim.sim.theory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.io.FormatException;
import org.archsim.model.scenario.LoadStep;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.metrics.StudentT;
import org.archsim.sim.report.PartStats;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;

/**
 * Runs a design file from {@code src/test/resources/theory} long enough to estimate steady-state means, with
 * batch-means confidence intervals: the run after warm-up is cut into equal time slices, each slice's mean sojourn is
 * one batch.
 */
final class TheoryHarness {

    /** A simulated figure with its 95% confidence half-width. */
    record Estimate(double mean, double halfWidth) {
        double relativeHalfWidth() {
            return halfWidth / mean;
        }

        @Override
        public String toString() {
            return String.format("%.3f ± %.3f (%.2f%%)", mean, halfWidth, 100 * relativeHalfWidth());
        }
    }

    /** What one run measured, per part id ({@code "system"} for end to end), and the theory report. */
    record Result(Map<String, Estimate> sojournMs, SimulationReport report) {
        PartStats part(String id) {
            return report.components().get(id);
        }
    }

    private TheoryHarness() {
    }

    static Design design(String name) {
        String file = "/theory/" + name + ".archsim.json";
        try (var in = TheoryHarness.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalArgumentException("no test design " + file);
            }
            return DesignCodec.read(name + ".archsim.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static Result run(String name, double durationS, double warmupS, long seed, int batches) {
        Design design = design(name);
        Scenario scenario = new Scenario(durationS, warmupS, seed, List.of(new LoadStep(0, 1)), List.of());
        Simulation sim = new Simulation(design, scenario);
        long warmupUs = Math.round(warmupS * 1e6);
        long span = Math.round(durationS * 1e6) - warmupUs;
        sim.runUntil(warmupUs);
        Map<String, double[]> batchMeans = new LinkedHashMap<>();
        Map<String, long[]> lastCount = new LinkedHashMap<>();
        Map<String, double[]> lastSum = new LinkedHashMap<>();
        for (int k = 1; k <= batches; k++) {
            sim.runUntil(warmupUs + span * k / batches);
            SimulationReport r = sim.report();
            Map<String, double[]> now = new LinkedHashMap<>();
            r.components().values().stream().filter(p -> !p.kind().equals("client"))
                    .forEach(p -> now.put(p.id(), new double[] {p.latency().count(), p.latency().count() * p.latency().meanMs()}));
            now.put("system", new double[] {r.system().latency().count(),
                    r.system().latency().count() * r.system().latency().meanMs()});
            for (Map.Entry<String, double[]> e : now.entrySet()) {
                long count = (long) e.getValue()[0];
                double sum = e.getValue()[1];
                long c0 = lastCount.computeIfAbsent(e.getKey(), x -> new long[1])[0];
                double s0 = lastSum.computeIfAbsent(e.getKey(), x -> new double[1])[0];
                batchMeans.computeIfAbsent(e.getKey(), x -> new double[batches])[k - 1] =
                        count > c0 ? (sum - s0) / (count - c0) : Double.NaN;
                lastCount.get(e.getKey())[0] = count;
                lastSum.get(e.getKey())[0] = sum;
            }
        }
        SimulationReport finalReport = sim.report();
        Map<String, Estimate> estimates = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : batchMeans.entrySet()) {
            double[] b = e.getValue();
            double mean = java.util.Arrays.stream(b).average().orElse(Double.NaN);
            double var = java.util.Arrays.stream(b).map(x -> (x - mean) * (x - mean)).sum() / (b.length - 1);
            estimates.put(e.getKey(), new Estimate(mean, StudentT.quantile975(b.length - 1) * Math.sqrt(var / b.length)));
        }
        return new Result(estimates, finalReport);
    }
}
