package org.archsim.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's series from a real run of the monolith example, fed in slices as a live run would. */
class DashboardViewModelTest {

    private static Design monolith;
    /** Reports every 0.5 s of a 30 s run (5 s warm-up) with the app crashed from 18 s to 24 s. */
    private static List<SimulationReport> reports;
    private static List<org.archsim.sim.observe.RequestTrace> traces;

    @BeforeAll
    static void run() throws Exception {
        monolith = DesignCodec.read(Path.of("../assets/examples/monolith.archsim.json"));
        Scenario s = new Scenario(30, 5, 7, Scenario.DEFAULT_LOAD,
                List.of(Fault.of(18, FaultType.CRASH, "app").withDurationS(6.0)));
        Simulation sim = new Simulation(monolith, s);
        sim.setTracing(20);
        reports = new ArrayList<>();
        for (long t = 500_000; t <= 30_000_000; t += 500_000) {
            sim.runUntil(t);
            reports.add(sim.report());
        }
        traces = sim.traces();
    }

    private static DashboardViewModel fed(int capacity) {
        DashboardViewModel vm = new DashboardViewModel(capacity);
        vm.runReset();
        reports.forEach(vm::runProgress);
        return vm;
    }

    /** Mean of a ring's values with times in [from, to). */
    private static double mean(Ring r, double from, double to) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < r.size(); i++) {
            if (r.time(i) >= from && r.time(i) < to && Double.isFinite(r.value(i))) {
                sum += r.value(i);
                n++;
            }
        }
        assertThat(n).as("points in [%s, %s)", from, to).isPositive();
        return sum / n;
    }

    @Test
    void throughputFollowsTheClientRateUntilTheCrash() {
        DashboardViewModel vm = fed(600);
        List<Series> tp = vm.series(Metric.THROUGHPUT);
        assertThat(tp).extracting(Series::name).containsExactly("throughput", "goodput");
        // Warm-up intervals have no measured time: the first point is at 5.5 s.
        assertThat(tp.get(0).ring().time(0)).isEqualTo(5.5);
        assertThat(mean(tp.get(0).ring(), 6, 18)).isCloseTo(200, within(15.0));
        assertThat(mean(tp.get(1).ring(), 6, 18)).isCloseTo(200, within(15.0));
        assertThat(mean(tp.get(0).ring(), 19, 24)).isLessThan(20);
        assertThat(mean(tp.get(0).ring(), 26, 30.1)).isCloseTo(200, within(30.0));
    }

    @Test
    void errorSeriesRiseAfterTheCrash() {
        DashboardViewModel vm = fed(600);
        assertThat(mean(vm.errorRate(), 6, 18)).isLessThan(0.01);
        assertThat(mean(vm.errorRate(), 19, 24)).isGreaterThan(0.9);
        List<Series> errors = vm.series(Metric.ERRORS);
        assertThat(errors).isNotEmpty();
        // A reason's line starts when it first happens: before the crash there is none, or it stays near zero.
        assertThat(errors.get(0).ring().time(0)).isGreaterThanOrEqualTo(18);
        double during = errors.stream().mapToDouble(s -> mean(s.ring(), 19, 24)).sum();
        assertThat(during).isGreaterThan(150);
        assertThat(vm.failures()).isNotEmpty().allMatch(f -> f.matches("[a-z-]+ at [a-z]+: \\d+"));
        assertThat(vm.failures()).anyMatch(f -> f.contains(" at app: "));
    }

    @Test
    void selectingAPartFiltersChartsAndFailures() {
        DashboardViewModel vm = fed(600);
        assertThat(vm.series(Metric.UTILISATION)).extracting(Series::name).containsExactlyInAnyOrder("users", "app", "db");
        assertThat(vm.series(Metric.UTILISATION).get(0).name()).isEqualTo("app"); // busiest first
        vm.selectPart("app");
        assertThat(vm.series(Metric.UTILISATION)).extracting(Series::name).containsExactly("app");
        assertThat(vm.series(Metric.THROUGHPUT)).extracting(Series::name).containsExactly("throughput");
        // Per-interval utilisation averages back to the report's cumulative figure before the crash (at 18 s).
        double cumulative = reports.get(35).components().get("app").utilization() * 100;
        assertThat(mean(vm.series(Metric.UTILISATION).get(0).ring(), 5, 18)).isCloseTo(cumulative, within(2.0));
        assertThat(mean(vm.series(Metric.UTILISATION).get(0).ring(), 19, 24)).isLessThan(cumulative / 4);
        assertThat(vm.failures()).allMatch(f -> f.contains(" at app: "));
        vm.selectPart("db");
        assertThat(vm.failures()).noneMatch(f -> f.contains(" at app: "));
        vm.selectPart(null);
        assertThat(vm.series(Metric.THROUGHPUT)).hasSize(2);
    }

    @Test
    void aPartsFailuresFromDownstreamShowInItsChartAndList() {
        // The database down from 10 s to 16 s: the app answers its callers with the failures that began there.
        Simulation sim = new Simulation(monolith, new Scenario(20, 2, 7, Scenario.DEFAULT_LOAD,
                List.of(Fault.of(10, FaultType.CRASH, "db").withDurationS(6.0))));
        DashboardViewModel vm = new DashboardViewModel(600);
        vm.runReset();
        for (long t = 500_000; t <= 20_000_000; t += 500_000) {
            sim.runUntil(t);
            vm.runProgress(sim.report());
        }
        var app = sim.report().components().get("app");
        assertThat(app.downstreamErrors()).isPositive();
        vm.selectPart("app");
        assertThat(vm.failures()).contains(DashboardViewModel.DOWNSTREAM + " (began at parts it called): "
                + app.downstreamErrors());
        Series down = vm.series(Metric.ERRORS).stream()
                .filter(x -> x.name().equals(DashboardViewModel.DOWNSTREAM)).findFirst().orElseThrow();
        // While the database is down the app passes failures on at about its request rate (≈ 200/s).
        assertThat(mean(down.ring(), 11, 16)).isGreaterThan(100);
        assertThat(down.ring().time(0)).as("the line starts with the first such failure").isGreaterThanOrEqualTo(10);
        vm.selectPart("db");
        assertThat(vm.failures()).noneMatch(f -> f.startsWith(DashboardViewModel.DOWNSTREAM));
    }

    @Test
    void theoryRowsSitBesideTheSimulatedFigures() throws Exception {
        DashboardViewModel vm = fed(600);
        assertThat(vm.theoryReason()).contains("faults");
        assertThat(vm.theory()).isEmpty();
        // The same design with a non-blocking app is a Jackson network: 200 rps × 20 ms on 8 workers = 50 % busy.
        String text = java.nio.file.Files.readString(Path.of("../assets/examples/monolith.archsim.json"))
                .replace("\"queueCapacity\": 1000", "\"queueCapacity\": 1000, \"callMode\": \"nonblocking\"");
        Design open = DesignCodec.read("nonblocking", text);
        Simulation sim = new Simulation(open, new Scenario(20, 5, 3, Scenario.DEFAULT_LOAD, List.of()));
        sim.runUntil(20_000_000);
        vm.runProgress(sim.report());
        assertThat(vm.theoryReason()).isEmpty();
        TheoryRow app = vm.theory().stream().filter(r -> r.part().equals("app")).findFirst().orElseThrow();
        assertThat(app.predictedUtil()).isCloseTo(0.5, within(0.01));
        assertThat(app.simulatedUtil()).isCloseTo(app.predictedUtil(), within(0.08));
        assertThat(app.simulatedLatencyMs()).isCloseTo(app.predictedLatencyMs(), within(app.predictedLatencyMs() * 0.2));
        vm.selectPart("app");
        assertThat(vm.theory()).extracting(TheoryRow::part).containsExactly("app");
    }

    @Test
    void memoryStaysBoundedHoweverLongTheRun() {
        DashboardViewModel vm = fed(40);
        for (int round = 0; round < 20; round++) {
            reports.forEach(vm::runProgress);
        }
        // Every series holds at most 40 points, whatever the number of reports fed (1,260 here).
        for (Metric m : Metric.values()) {
            vm.series(m).forEach(s -> assertThat(s.ring().size()).isLessThanOrEqualTo(40));
        }
        assertThat(vm.series(Metric.THROUGHPUT).get(0).ring().size()).isEqualTo(40);
        assertThat(vm.pointsHeld()).isLessThanOrEqualTo(4L * (8 + ScopeSeries.MAX_REASONS) * 40);
        vm.runReset();
        assertThat(vm.pointsHeld()).isZero();
        assertThat(vm.failures()).isEmpty();
    }

    @Test
    void aFollowedRequestListsItsHopsWithTimes() {
        DashboardViewModel vm = fed(600);
        vm.showTraces(traces);
        assertThat(vm.traces()).isNotEmpty();
        var ok = traces.stream().filter(t -> t.ok()).findFirst().orElseThrow();
        vm.follow(ok);
        assertThat(vm.hops()).hasSize(ok.hops().size());
        HopRow first = vm.hops().get(0);
        assertThat(first.from()).isEqualTo("users");
        assertThat(first.to()).isEqualTo("app");
        assertThat(first.depth()).isZero();
        assertThat(first.networkMs()).isCloseTo(40, within(0.01)); // 20 ms each way
        assertThat(first.outcome()).isEqualTo("ok");
        assertThat(vm.hops()).anyMatch(h -> h.to().equals("db") && h.depth() == 1);
        assertThat(first.serviceMs()).isPositive();
    }

    @Test
    void theListHoldsStillWhenAskedAndAFollowedRequestOutlivesIt() {
        DashboardViewModel vm = fed(600);
        vm.showTraces(traces.subList(0, 10));
        var picked = traces.get(3);
        vm.follow(picked);
        int hops = vm.hops().size();
        assertThat(hops).isEqualTo(picked.hops().size()).isPositive();

        vm.holdTracesProperty().set(true); // the pointer is over the list
        vm.showTraces(traces.subList(10, 20));
        assertThat(vm.traces()).as("held: unchanged").containsExactlyElementsOf(traces.subList(0, 10));
        vm.holdTracesProperty().set(false);
        assertThat(vm.traces()).as("released: the latest").containsExactlyElementsOf(traces.subList(10, 20));
        assertThat(vm.followedProperty().get()).as("still followed after leaving the list").isEqualTo(picked);
        assertThat(vm.hops()).hasSize(hops);
        vm.runReset();
        assertThat(vm.followedProperty().get()).isNull();
        assertThat(vm.hops()).isEmpty();
    }
}
