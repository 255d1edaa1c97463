package org.archsim.sim.run;

import java.util.List;
import org.archsim.sim.engine.FailureReason;
import org.archsim.sim.metrics.LatencyRecorder;

/** End-to-end figures, per endpoint and in total, and failures by (reason, part where they began). */
final class SystemMetrics {

    final List<String> endpoints;
    final long[] completed;
    final long[] errors;
    final LatencyRecorder[] latency;
    long goodput;
    private long[][] failures = new long[FailureReason.values().length][0];

    SystemMetrics(List<String> endpoints) {
        this.endpoints = endpoints;
        int n = endpoints.size();
        completed = new long[n];
        errors = new long[n];
        latency = new LatencyRecorder[n];
        for (int i = 0; i < n; i++) {
            latency[i] = new LatencyRecorder();
        }
    }

    void record(int endpoint, boolean ok, long latencyUs, long deadlineUs, FailureReason reason, int where) {
        if (ok) {
            completed[endpoint]++;
            latency[endpoint].record(latencyUs); // the total is merged from these when a report is made
            if (latencyUs <= deadlineUs) {
                goodput++;
            }
            return;
        }
        errors[endpoint]++;
        long[] byPart = failures[reason.ordinal()];
        if (where >= byPart.length) {
            byPart = java.util.Arrays.copyOf(byPart, where + 8);
            failures[reason.ordinal()] = byPart;
        }
        byPart[Math.max(0, where)]++;
    }

    /** End-to-end latency over every endpoint (a merge of the per-endpoint recorders: exact, and one record less). */
    LatencyRecorder total() {
        LatencyRecorder total = new LatencyRecorder();
        for (LatencyRecorder r : latency) {
            total.add(r);
        }
        return total;
    }

    /** Failures that began at part {@code where} for {@code reason}. */
    long failures(FailureReason reason, int where) {
        long[] byPart = failures[reason.ordinal()];
        return where < byPart.length ? byPart[where] : 0;
    }

    long completedTotal() {
        long s = 0;
        for (long c : completed) {
            s += c;
        }
        return s;
    }

    long errorsTotal() {
        long s = 0;
        for (long e : errors) {
            s += e;
        }
        return s;
    }
}
