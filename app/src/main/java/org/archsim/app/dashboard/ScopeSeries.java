package org.archsim.app.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The time series of one scope (the whole system or one part). Error lines per reason are created when a reason first
 * appears; a reason's line then keeps a zero point at every later interval so lines stay aligned in time.
 */
final class ScopeSeries {

    /** Reasons kept per scope: beyond this, the rarest new reasons join "other" (bounds memory). */
    static final int MAX_REASONS = 8;

    final Ring throughput;
    final Ring goodput;
    final Ring errorRate;
    final Ring p50;
    final Ring p95;
    final Ring p99;
    final Ring meanInterval;
    final Ring utilisation;
    final Map<String, Ring> errorsByReason = new LinkedHashMap<>();
    private final int capacity;

    ScopeSeries(int capacity) {
        this.capacity = capacity;
        throughput = new Ring(capacity);
        goodput = new Ring(capacity);
        errorRate = new Ring(capacity);
        p50 = new Ring(capacity);
        p95 = new Ring(capacity);
        p99 = new Ring(capacity);
        meanInterval = new Ring(capacity);
        utilisation = new Ring(capacity);
    }

    /** Appends this interval's error rate for every known reason (0 for the silent ones). */
    void addErrors(double t, Map<String, Double> perSecond) {
        for (Map.Entry<String, Double> e : perSecond.entrySet()) {
            if (e.getValue() > 0 && !errorsByReason.containsKey(e.getKey())) {
                String key = errorsByReason.size() < MAX_REASONS - 1 ? e.getKey() : "other";
                errorsByReason.computeIfAbsent(key, k -> new Ring(capacity));
            }
        }
        Map<String, Double> folded = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : perSecond.entrySet()) {
            String key = errorsByReason.containsKey(e.getKey()) ? e.getKey() : "other";
            folded.merge(key, e.getValue(), Double::sum);
        }
        for (Map.Entry<String, Ring> r : errorsByReason.entrySet()) {
            r.getValue().add(t, folded.getOrDefault(r.getKey(), 0.0));
        }
    }

    /** Every ring of this scope, for tests of bounded memory. */
    List<Ring> all() {
        List<Ring> all = new java.util.ArrayList<>(List.of(throughput, goodput, errorRate, p50, p95, p99,
                meanInterval, utilisation));
        all.addAll(errorsByReason.values());
        return all;
    }
}
