package org.archsim.sim.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.archsim.sim.engine.FailureReason;
import org.archsim.sim.engine.RequestTable;
import org.archsim.sim.observe.HopKind;
import org.archsim.sim.observe.RequestTrace;
import org.archsim.sim.observe.SimListener;
import org.archsim.sim.observe.TraceHop;

/**
 * Follows sampled requests for a {@link SimListener} and for traces. Exists only while someone observes: the
 * simulation's hooks are one null check otherwise.
 *
 * <p>Sampling: root requests are numbered 1, 2, ... as clients send them; every {@code everyK}-th is sampled, at most
 * {@code maxPerSecond} per simulated second. Calls made for a sampled request inherit its id (kept per handle with the
 * handle's generation, so a reused handle is never mistaken for a sampled one). Work is O(1) per message of a sampled
 * request; memory is bounded by the sampled requests in flight plus the kept traces.
 */
final class Observer {

    private final Simulation sim;
    SimListener listener;
    private int everyK = 100;
    private int maxPerSecond = 1000;
    private int keep;
    private int nextId;
    private long windowStartUs = -1;
    private int inWindow;

    // Per handle: sampled root id (0 = none), the generation it belongs to, and its hop index in the trace.
    private int[] ids = new int[0];
    private int[] gens = new int[0];
    private int[] hopOf = new int[0];

    private final java.util.Map<Integer, Builder> open = new java.util.TreeMap<>();
    private final ArrayDeque<RequestTrace> done = new ArrayDeque<>();

    Observer(Simulation sim) {
        this.sim = sim;
    }

    void sample(int everyK, int maxPerSecond) {
        if (everyK < 1 || maxPerSecond < 1) {
            throw new IllegalArgumentException("everyK and maxPerSecond must be >= 1");
        }
        this.everyK = everyK;
        this.maxPerSecond = maxPerSecond;
    }

    void keepTraces(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("keep must be >= 0");
        }
        keep = n;
        while (done.size() > keep) {
            done.removeFirst();
        }
    }

    boolean active() {
        return listener != null || keep > 0;
    }

    List<RequestTrace> traces() {
        return List.copyOf(done);
    }

    /** A client sends root request {@code root}; decides whether it is sampled. */
    void root(int root, int client) {
        int id = ++nextId;
        long now = sim.now();
        boolean take = id % everyK == 0;
        if (take) {
            long second = now / 1_000_000;
            if (second != windowStartUs) {
                windowStartUs = second;
                inWindow = 0;
            }
            take = inWindow++ < maxPerSecond;
        }
        mark(root, take ? id : 0);
        if (take && keep > 0) {
            RequestTable t = sim.table();
            open.put(id, new Builder(id, client, sim.system().endpoints.get(t.endpoint(root)), now));
        }
    }

    /** A call {@code child} is made for {@code call}: it belongs to the same sampled request, if any. */
    void child(int call, int child) {
        int id = idOf(call);
        mark(child, id);
        if (id != 0) {
            hopOf[child] = -1 - hopOf[call]; // remember the parent hop until the child is sent (encoded < 0)
        }
    }

    /** {@code call} leaves over {@code l}; {@code delayUs} < 0 when the message is lost. */
    void sent(int call, LinkRt l, long delayUs) {
        int id = idOf(call);
        if (id == 0) {
            return;
        }
        long now = sim.now();
        if (listener != null) {
            listener.hop(now, l.from, l.to, l.index, delayUs < 0 ? HopKind.FAILURE : HopKind.REQUEST, id);
        }
        Builder b = open.get(id);
        if (b != null) {
            int parentHop = sim.table().parent(call) == Simulation.CLIENT ? -1 : -1 - hopOf[call];
            long[] times = {now, delayUs < 0 ? -1 : now + delayUs, -1, -1, -1, -1};
            hopOf[call] = b.hops.size();
            b.hops.add(new Hop(parentHop, l, sim.table().attempt(parentCall(call)), times));
        }
    }

    private int parentCall(int call) {
        int p = sim.table().parent(call);
        return p >= 0 ? p : call;
    }

    void serviceStart(int call) {
        stamp(call, 2);
    }

    void serviceEnd(int call) {
        stamp(call, 3);
    }

    /** {@code call} is answered by its part (ok or failed) and the answer goes back over {@code l}. */
    void ended(int call, LinkRt l) {
        int id = idOf(call);
        if (id == 0) {
            return;
        }
        boolean ok = sim.table().failure(call) == FailureReason.NONE;
        if (listener != null) {
            listener.hop(sim.now(), l.to, l.from, l.index, ok ? HopKind.RESPONSE : HopKind.FAILURE, id);
        }
        stamp(call, 4);
    }

    /** The caller has the answer of {@code call}, or gave up on it with {@code reason}. */
    void answered(int call, FailureReason reason, int where) {
        Hop h = hop(call);
        if (h != null) {
            h.times[5] = sim.now();
            if (reason != FailureReason.NONE) {
                h.failure = ReportBuilder.reasonId(reason);
                h.failedAt = where >= 0 ? sim.topology().idOf(where) : null;
            }
        }
    }

    /** Root request {@code root} ends at its client. */
    void rootEnded(int root, boolean ok, FailureReason reason, int where) {
        int id = idOf(root);
        if (id == 0) {
            return;
        }
        if (listener != null) {
            listener.requestEnded(sim.now(), id, ok);
        }
        Builder b = open.remove(id);
        if (b != null) {
            List<TraceHop> hops = new ArrayList<>(b.hops.size());
            for (int i = 0; i < b.hops.size(); i++) {
                Hop h = b.hops.get(i);
                Topology t = sim.topology();
                hops.add(new TraceHop(i, h.parent, t.idOf(h.link.from), t.idOf(h.link.to), h.link.id, h.attempt,
                        h.times[0], h.times[1], h.times[2], h.times[3], h.times[4], h.times[5], h.failure, h.failedAt));
            }
            done.addLast(new RequestTrace(id, sim.topology().idOf(b.client), b.endpoint, b.startUs, sim.now(),
                    ok ? null : ReportBuilder.reasonId(reason), ok || where < 0 ? null : sim.topology().idOf(where),
                    hops));
            while (done.size() > keep) {
                done.removeFirst();
            }
        }
    }

    private void stamp(int call, int which) {
        Hop h = hop(call);
        if (h != null && h.times[which] < 0) {
            h.times[which] = sim.now();
        }
    }

    private Hop hop(int call) {
        int id = idOf(call);
        if (id == 0) {
            return null;
        }
        Builder b = open.get(id);
        int i = hopOf[call];
        return b == null || i < 0 || i >= b.hops.size() ? null : b.hops.get(i);
    }

    private int idOf(int h) {
        RequestTable t = sim.table();
        return h >= 0 && h < ids.length && ids[h] != 0 && gens[h] == t.generation(h) ? ids[h] : 0;
    }

    private void mark(int h, int id) {
        if (h >= ids.length) {
            int n = Math.max(h + 1, ids.length * 2);
            ids = Arrays.copyOf(ids, n);
            gens = Arrays.copyOf(gens, n);
            hopOf = Arrays.copyOf(hopOf, n);
        }
        ids[h] = id;
        gens[h] = sim.table().generation(h);
        hopOf[h] = id != 0 ? 0 : -1;
    }

    private static final class Builder {
        final int id;
        final int client;
        final String endpoint;
        final long startUs;
        final List<Hop> hops = new ArrayList<>();

        Builder(int id, int client, String endpoint, long startUs) {
            this.id = id;
            this.client = client;
            this.endpoint = endpoint;
            this.startUs = startUs;
        }
    }

    private static final class Hop {
        final int parent;
        final LinkRt link;
        final int attempt;
        final long[] times; // sent, arrived, started, served, ended, answered
        String failure;
        String failedAt;

        Hop(int parent, LinkRt link, int attempt, long[] times) {
            this.parent = parent;
            this.link = link;
            this.attempt = attempt;
            this.times = times;
        }
    }
}
