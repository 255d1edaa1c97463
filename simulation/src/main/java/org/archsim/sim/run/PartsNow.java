package org.archsim.sim.run;

import java.util.ArrayList;
import java.util.List;
import org.archsim.sim.observe.PartNow;

/**
 * Reads every part's live state off the running topology for {@link Simulation#partsNow()}: one pass over the links
 * finds open breakers and cut links, then one {@link PartNow} per part in document order.
 */
final class PartsNow {

    private PartsNow() {
    }

    /** The state of every part of {@code t} at simulated time {@code now}. */
    static List<PartNow> of(Topology t, long now) {
        List<Node> nodes = t.nodes();
        int n = nodes.size();
        boolean[] open = new boolean[n];
        int[] touching = new int[n];
        int[] cut = new int[n];
        for (LinkRt l : t.links()) {
            if (l.breaker != null && l.breaker.isOpen(now)) {
                open[l.from] = true;
            }
            touching[l.from]++;
            touching[l.to]++;
            if (l.partitioned) {
                cut[l.from]++;
                cut[l.to]++;
            }
        }
        List<PartNow> out = new ArrayList<>(n);
        for (Node p : nodes) {
            int i = p.index;
            out.add(new PartNow(p.id, p.down, p.slowFactor > 1.0, open[i], partitioned(p, touching[i], cut[i]),
                    p.busy, p.capacity(), p.queuedNow(), p.instances, p.replicaLagMs(now)));
        }
        return out;
    }

    /**
     * Whether {@code p} is cut off: a partition in force names it and still cuts one of its links (a part whose links
     * were all healed one by one is reachable again), or all of its links are cut, whichever faults cut them. A part
     * named in a set whose links all stay inside the set is not cut off from anything it talks to.
     */
    static boolean partitioned(Node p, int touching, int cut) {
        return cut > 0 && (p.cutOff || cut == touching);
    }
}
