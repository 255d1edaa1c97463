package org.archsim.sim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.archsim.sim.engine.Engine;

/**
 * The autoscaling controller for every part with {@code autoscale: true} (services, workers, gateways — any kind with
 * the scaling parameters). Target tracking, as cloud autoscalers do it:
 *
 * <ul>
 *   <li>Every {@link #TICK_US} (10 s of simulated time) it measures the part's utilisation over the last tick — the
 *       exact busy-worker integral divided by the worker-capacity integral (warm-up included: the controller runs
 *       from t = 0, it does not care about the report's warm-up).
 *   <li>Desired instances = ⌈active × utilisation / {@code targetUtilization}⌉, capped at {@code maxInstances}.
 *   <li>Scale out: when desired exceeds active + already-starting instances, the difference is started; those
 *       instances serve only after {@code scaleOutDelayS} (cold start). Utilisation saturates at 1, so a large step
 *       is met over several ticks (each adds at most active / target − active).
 *   <li>Scale in: when desired is below active, utilisation is under {@link #SCALE_IN_FRACTION} × target, nothing is
 *       starting and the last change is at least {@link #SCALE_IN_COOLDOWN_US} old, the part shrinks to desired (never
 *       below {@code minInstances}) at once. Calls in service on removed instances finish normally.
 * </ul>
 * A part that starts below {@code minInstances} is raised to it at t = 0. Designs without autoscaled parts schedule
 * no controller events at all, so their runs are unchanged.
 *
 * <p>Reported per autoscaled part (in {@code extra}): {@code maxInstances} (most instances active at once after
 * warm-up), {@code scaleEvents} (changes of the active count after warm-up: each batch of started instances becoming
 * active, and each scale-in).
 */
final class Autoscaler {

    /** Controller period. */
    static final long TICK_US = 10_000_000L;
    /** Scale in only below this fraction of the target (hysteresis, so the count does not flap). */
    static final double SCALE_IN_FRACTION = 0.8;
    /** Minimum time after any change before scaling in. */
    static final long SCALE_IN_COOLDOWN_US = 60_000_000L;

    private static final int TICK = 1;
    private static final int READY = 2;

    private final Simulation sim;
    private final Node[] parts;
    private final int[] min;
    private final int[] max;
    private final double[] target;
    private final long[] delayUs;
    private final int[] pending;
    private final double[] lastBusy;
    private final double[] lastCapacity;
    private final long[] lastChangeUs;
    private final long[] scaleEvents;
    private final int handler;

    Autoscaler(Simulation sim) {
        this.sim = sim;
        List<Node> scaled = new ArrayList<>();
        for (Node n : sim.nodes()) {
            if (Node.has(n.component, "autoscale") && n.component.boolParam("autoscale")) {
                scaled.add(n);
            }
        }
        parts = scaled.toArray(new Node[0]);
        int k = parts.length;
        min = new int[k];
        max = new int[k];
        target = new double[k];
        delayUs = new long[k];
        pending = new int[k];
        lastBusy = new double[k];
        lastCapacity = new double[k];
        lastChangeUs = new long[k];
        scaleEvents = new long[k];
        for (int i = 0; i < k; i++) {
            var c = parts[i].component;
            min[i] = c.intParam("minInstances");
            max[i] = Math.max(min[i], c.intParam("maxInstances"));
            target[i] = c.doubleParam("targetUtilization");
            delayUs[i] = Math.round(c.doubleParam("scaleOutDelayS") * 1e6);
        }
        handler = k == 0 ? -1 : sim.engine().register(this::handle);
    }

    /** Raises parts to their minimum and schedules the first ticks. */
    void start() {
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].instances < min[i]) {
                parts[i].setInstances(sim, min[i]);
            }
            sim.engine().schedule(TICK_US, 0, handler, TICK, i, 0);
        }
    }

    private void handle(Engine e, int type, int i, int count) {
        if (type == TICK) {
            tick(i);
            e.scheduleAfter(TICK_US, 0, handler, TICK, i, 0);
        } else {
            pending[i] -= count;
            change(i, parts[i].instances + count);
        }
    }

    private void tick(int i) {
        Node n = parts[i];
        long now = sim.now();
        double busy = n.metrics.busy.integral(now);
        double capacity = n.metrics.instances.integral(now) * n.workersPerInstance;
        double window = capacity - lastCapacity[i];
        double util = window > 0 ? (busy - lastBusy[i]) / window : 0;
        lastBusy[i] = busy;
        lastCapacity[i] = capacity;
        int active = n.instances;
        int desired = Math.min(max[i], (int) Math.ceil(active * util / target[i] - 1e-9));
        if (desired > active + pending[i]) {
            int add = desired - active - pending[i];
            pending[i] += add;
            sim.engine().scheduleAfter(delayUs[i], 0, handler, READY, i, add);
        } else if (desired < active && pending[i] == 0 && util < SCALE_IN_FRACTION * target[i]
                && now - lastChangeUs[i] >= SCALE_IN_COOLDOWN_US) {
            change(i, Math.max(min[i], desired));
        }
    }

    private void change(int i, int instances) {
        if (instances == parts[i].instances) {
            return;
        }
        lastChangeUs[i] = sim.now();
        if (sim.measuring()) {
            scaleEvents[i]++;
        }
        parts[i].setInstances(sim, instances);
    }

    /** Adds the controller's figures for {@code n} (nothing when it is not autoscaled). */
    void extraStats(Node n, Map<String, Double> out) {
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == n) {
                out.put("maxInstances", n.metrics.instances.max());
                out.put("scaleEvents", (double) scaleEvents[i]);
            }
        }
    }
}
