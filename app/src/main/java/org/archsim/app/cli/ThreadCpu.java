package org.archsim.app.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time used by the live pipeline's three threads over a measurement — the FX thread (the one that calls
 * {@link #start}), JavaFX's renderer and the simulation's run thread — so the benchmark can say how much of a core
 * each needs, whatever else the (shared) machine was doing.
 */
final class ThreadCpu {

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private final long[] ids;
    private final long[] startNs;
    private final long[] usedNs;
    private final long wallStart = System.nanoTime();
    private long wallNs;

    private ThreadCpu(long[] ids) {
        this.ids = ids;
        startNs = new long[ids.length];
        usedNs = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            startNs[i] = ids[i] < 0 ? 0 : MX.getThreadCpuTime(ids[i]);
        }
    }

    /** Starts measuring; call on the FX thread. */
    static ThreadCpu start() {
        return new ThreadCpu(new long[] {Thread.currentThread().getId(), find("QuantumRenderer"), find("archsim-live-run")});
    }

    /** Ends the measurement. */
    void stop() {
        wallNs = System.nanoTime() - wallStart;
        for (int i = 0; i < ids.length; i++) {
            usedNs[i] = ids[i] < 0 ? 0 : Math.max(0, MX.getThreadCpuTime(ids[i]) - startNs[i]);
        }
    }

    /** CPU ms the FX thread, the renderer and the run thread used. */
    double fxMs() {
        return usedNs[0] / 1e6;
    }

    double rendererMs() {
        return usedNs[1] / 1e6;
    }

    double engineMs() {
        return usedNs[2] / 1e6;
    }

    double wallMs() {
        return wallNs / 1e6;
    }

    private static long find(String prefix) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix)) {
                return t.getId();
            }
        }
        return -1;
    }
}
