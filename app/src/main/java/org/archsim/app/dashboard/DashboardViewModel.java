package org.archsim.app.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.archsim.app.run.RunListener;
import org.archsim.sim.observe.RequestTrace;
import org.archsim.sim.report.FailureCount;
import org.archsim.sim.report.PartStats;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.report.SystemStats;

/**
 * The dashboard's state, fed by a live run on the FX thread. Reports are cumulative since warm-up; the difference
 * between two consecutive reports gives the interval's throughput, goodput, error rates by reason, utilisation and
 * mean latency, each plotted at the interval's end. Percentiles cannot be taken apart that way (a report carries
 * only the cumulative histogram's summary), so the p50/p95/p99 lines are cumulative since warm-up and the
 * interval's mean is drawn beside them. Each series keeps the last {@link #DEFAULT_CAPACITY} points.
 *
 * <p>Views redraw when {@link #revisionProperty()} changes.
 */
public final class DashboardViewModel implements RunListener {

    /** Points kept per series. */
    public static final int DEFAULT_CAPACITY = 600;

    /** The name of a part's line and list entry for failures it passed on from the parts it called. */
    public static final String DOWNSTREAM = "from downstream";

    /** Lines in the system's utilisation chart: the busiest parts (select a part to see any other). */
    public static final int BUSIEST = 5;

    private final int capacity;
    private final ScopeSeries system;
    private final Map<String, ScopeSeries> parts = new LinkedHashMap<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ObjectProperty<String> selectedPart = new SimpleObjectProperty<>(this, "selectedPart");
    private final ObservableList<String> failures = FXCollections.observableArrayList();
    private final ObservableList<TheoryRow> theory = FXCollections.observableArrayList();
    private final ObservableList<RequestTrace> traces = FXCollections.observableArrayList();
    private final ObservableList<HopRow> hops = FXCollections.observableArrayList();
    private final ObjectProperty<RequestTrace> followed = new SimpleObjectProperty<>(this, "followed");
    private final BooleanProperty holdTraces = new SimpleBooleanProperty(this, "holdTraces");
    /** The latest list passed while the list was held, or null. */
    private List<RequestTrace> heldTraces;
    private String theoryReason = "";
    private SimulationReport previous;

    public DashboardViewModel() {
        this(DEFAULT_CAPACITY);
    }

    /** A model keeping {@code capacity} points per series. */
    public DashboardViewModel(int capacity) {
        this.capacity = capacity;
        system = new ScopeSeries(capacity);
        selectedPart.addListener((o, a, b) -> refreshLists());
        followed.addListener((o, a, b) -> refreshHops());
        holdTraces.addListener((o, a, held) -> {
            if (!held && heldTraces != null) {
                showTraces(heldTraces);
            }
        });
    }

    @Override
    public void runReset() {
        previous = null;
        system.all().forEach(Ring::clear);
        system.errorsByReason.clear();
        parts.clear();
        failures.clear();
        theory.clear();
        traces.clear();
        heldTraces = null;
        followed.set(null);
        theoryReason = "";
        revision.set(revision.get() + 1);
    }

    @Override
    public void runProgress(SimulationReport report) {
        SimulationReport prev = previous;
        double dt = report.measuredS() - (prev == null ? 0 : prev.measuredS());
        previous = report;
        if (dt > 1e-9) {
            double t = report.simulatedS();
            addSystem(t, dt, report, prev);
            for (PartStats p : report.components().values()) {
                PartStats before = prev == null ? null : prev.components().get(p.id());
                addPart(t, dt, report.measuredS(), p, before, prev == null ? 0 : prev.measuredS());
            }
        }
        refreshLists();
        revision.set(revision.get() + 1);
    }

    private void addSystem(double t, double dt, SimulationReport now, SimulationReport prev) {
        SystemStats a = now.system();
        SystemStats b = prev == null ? null : prev.system();
        double dCompleted = a.completed() - (b == null ? 0 : b.completed());
        double dErrors = a.errors() - (b == null ? 0 : b.errors());
        double good = a.goodputRps() * now.measuredS() - (b == null ? 0 : b.goodputRps() * prev.measuredS());
        system.throughput.add(t, dCompleted / dt);
        system.goodput.add(t, Math.max(0, good) / dt);
        system.errorRate.add(t, dCompleted + dErrors == 0 ? 0 : dErrors / (dCompleted + dErrors));
        addLatency(system, t, a.latency(), b == null ? null : b.latency());
        system.utilisation.add(t, Double.NaN);
        Map<String, Long> nowReasons = reasons(now.failures());
        Map<String, Long> prevReasons = prev == null ? Map.of() : reasons(prev.failures());
        system.addErrors(t, perSecond(nowReasons, prevReasons, dt));
    }

    private void addPart(double t, double dt, double measured, PartStats p, PartStats b, double prevMeasured) {
        ScopeSeries s = parts.computeIfAbsent(p.id(), k -> new ScopeSeries(capacity));
        double dCompleted = p.completed() - (b == null ? 0 : b.completed());
        double dErrors = p.errors() - (b == null ? 0 : b.errors());
        s.throughput.add(t, dCompleted / dt);
        s.goodput.add(t, Double.NaN);
        s.errorRate.add(t, dCompleted + dErrors == 0 ? 0 : dErrors / (dCompleted + dErrors));
        addLatency(s, t, p.latency(), b == null ? null : b.latency());
        double busy = p.utilization() * measured - (b == null ? 0 : b.utilization() * prevMeasured);
        s.utilisation.add(t, Math.max(0, Math.min(1, busy / dt)) * 100);
        s.addErrors(t, perSecond(withDownstream(p), b == null ? Map.of() : withDownstream(b), dt));
    }

    /**
     * A part's failures by reason plus those it passed on from downstream: its error rate counts both, so its errors
     * chart does too (otherwise a part answering 60 % errors caused further down would show an empty chart).
     */
    private static Map<String, Long> withDownstream(PartStats p) {
        if (p.downstreamErrors() == 0) {
            return p.errorsByReason();
        }
        Map<String, Long> m = new LinkedHashMap<>(p.errorsByReason());
        m.put(DOWNSTREAM, p.downstreamErrors());
        return m;
    }

    private static void addLatency(ScopeSeries s, double t, org.archsim.sim.metrics.LatencySnapshot a,
                                   org.archsim.sim.metrics.LatencySnapshot b) {
        s.p50.add(t, a.p50Ms());
        s.p95.add(t, a.p95Ms());
        s.p99.add(t, a.p99Ms());
        long n = a.count() - (b == null ? 0 : b.count());
        double sum = a.meanMs() * a.count() - (b == null ? 0 : b.meanMs() * b.count());
        s.meanInterval.add(t, n <= 0 ? Double.NaN : sum / n);
    }

    private static Map<String, Long> reasons(List<FailureCount> failures) {
        Map<String, Long> m = new LinkedHashMap<>();
        failures.forEach(f -> m.merge(f.reason(), f.count(), Long::sum));
        return m;
    }

    private static Map<String, Double> perSecond(Map<String, Long> now, Map<String, Long> prev, double dt) {
        Map<String, Double> m = new LinkedHashMap<>();
        now.forEach((k, v) -> m.put(k, Math.max(0, v - prev.getOrDefault(k, 0L)) / dt));
        return m;
    }

    private void refreshLists() {
        SimulationReport r = previous;
        String part = selectedPart.get();
        List<String> f = new ArrayList<>();
        List<TheoryRow> rows = new ArrayList<>();
        if (r != null) {
            for (FailureCount c : r.failures()) {
                if (part == null || part.equals(c.where())) {
                    f.add(c.reason() + " at " + c.where() + ": " + c.count());
                }
            }
            PartStats scoped = part == null ? null : r.components().get(part);
            if (scoped != null && scoped.downstreamErrors() > 0) {
                f.add(DOWNSTREAM + " (began at parts it called): " + scoped.downstreamErrors());
            }
            theoryReason = r.theory().applicable() ? "" : r.theory().reason();
            if (r.theory().applicable()) {
                r.theory().parts().forEach((id, pt) -> {
                    PartStats p = r.components().get(id);
                    if (p != null && (part == null || part.equals(id))) {
                        rows.add(new TheoryRow(id, pt.model(), pt.utilization(), p.utilization(), pt.meanSojournMs(),
                                p.latency().meanMs(), pt.stable()));
                    }
                });
            }
        }
        failures.setAll(f);
        theory.setAll(rows);
    }

    /**
     * The traced requests a run collected; the run passes them as it goes (newest last). While the list is held
     * ({@link #holdTracesProperty()}) the latest is kept aside and shown when the hold ends. The followed request
     * stays followed when it leaves the list: a live run replaces the list within a second or two, and its path
     * should not vanish while being read.
     */
    public void showTraces(List<RequestTrace> list) {
        if (holdTraces.get()) {
            heldTraces = list;
            return;
        }
        heldTraces = null;
        traces.setAll(list);
    }

    /** Follows one traced request: {@link #hops()} lists its path. */
    public void follow(RequestTrace trace) {
        followed.set(trace);
    }

    private void refreshHops() {
        RequestTrace t = followed.get();
        List<HopRow> rows = new ArrayList<>();
        if (t != null) {
            Map<Integer, Integer> depth = new HashMap<>();
            for (var h : t.hops()) {
                int d = h.parentHop() < 0 ? 0 : depth.getOrDefault(h.parentHop(), 0) + 1;
                depth.put(h.index(), d);
                rows.add(HopRow.of(h, d));
            }
        }
        hops.setAll(rows);
    }

    /** Filters every chart and list to one part; null shows the whole system. */
    public void selectPart(String id) {
        selectedPart.set(id);
        revision.set(revision.get() + 1);
    }

    /** The lines of one chart for the current scope. */
    public List<Series> series(Metric m) {
        String part = selectedPart.get();
        ScopeSeries s = part == null ? system : parts.get(part);
        if (s == null) {
            return List.of();
        }
        return switch (m) {
            case THROUGHPUT -> part == null
                    ? List.of(new Series("throughput", s.throughput), new Series("goodput", s.goodput))
                    : List.of(new Series("throughput", s.throughput));
            case ERRORS -> s.errorsByReason.entrySet().stream().map(e -> new Series(e.getKey(), e.getValue())).toList();
            case LATENCY -> List.of(new Series("p50", s.p50), new Series("p95", s.p95), new Series("p99", s.p99),
                    new Series("mean", s.meanInterval));
            case UTILISATION -> part == null
                    ? parts.entrySet().stream()
                    .sorted(java.util.Comparator.comparingDouble(e -> -e.getValue().utilisation.meanOfLast(20)))
                    .limit(BUSIEST).map(e -> new Series(e.getKey(), e.getValue().utilisation)).toList()
                    : List.of(new Series(part, s.utilisation));
        };
    }

    /** Error fraction per interval for the current scope (0..1). */
    public Ring errorRate() {
        String part = selectedPart.get();
        ScopeSeries s = part == null ? system : parts.get(part);
        return s == null ? new Ring(2) : s.errorRate;
    }

    /** Points held across every series: bounded by parts × (8 + reasons) × capacity. */
    public long pointsHeld() {
        long n = system.all().stream().mapToLong(Ring::size).sum();
        for (ScopeSeries s : parts.values()) {
            n += s.all().stream().mapToLong(Ring::size).sum();
        }
        return n;
    }

    public int capacity() {
        return capacity;
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ObjectProperty<String> selectedPartProperty() {
        return selectedPart;
    }

    /** Part ids seen in the run, in document order. */
    public List<String> partIds() {
        return List.copyOf(parts.keySet());
    }

    /** Failures of the latest report (filtered to the selected part), e.g. {@code timed-out at app: 312}. */
    public ObservableList<String> failures() {
        return failures;
    }

    /** Theory beside simulation per part, when theory applies; see {@link #theoryReason()} otherwise. */
    public ObservableList<TheoryRow> theory() {
        return theory;
    }

    /** Why theory has no prediction for this design; empty when it has one (or before the first report). */
    public String theoryReason() {
        return theoryReason;
    }

    public ObservableList<RequestTrace> traces() {
        return traces;
    }

    public ObjectProperty<RequestTrace> followedProperty() {
        return followed;
    }

    /** True holds the request list still (the view holds it while the pointer is over it, so a pick lands). */
    public BooleanProperty holdTracesProperty() {
        return holdTraces;
    }

    /** The followed request's hops, in sending order. */
    public ObservableList<HopRow> hops() {
        return hops;
    }

    /** The latest report, or null before the first. */
    public SimulationReport latest() {
        return previous;
    }
}
