package org.archsim.sim.run;

import java.util.ArrayList;
import java.util.List;
import org.archsim.model.Component;

/**
 * A background worker: a {@link CallerNode} (its own service time, then its downstream calls in order) that consumes
 * messages from the queues linked to it. Called directly it behaves exactly like a service.
 *
 * <p>Consumers pull (see {@link QueueNode}): a queue hands a worker a message only while the worker has a free worker
 * slot and is up. So when the worker gains capacity — it recovers from a crash or autoscaling adds instances — it asks
 * its queues for more work at once.
 */
final class WorkerNode extends CallerNode {

    /** The queues that deliver to this worker, found on first need (parts are built before all links are known). */
    private QueueNode[] feeders;

    WorkerNode(Simulation sim, int index, Component c) {
        super(sim, index, c);
    }

    private QueueNode[] feeders(Simulation sim) {
        if (feeders == null) {
            List<QueueNode> qs = new ArrayList<>();
            for (LinkRt l : sim.topology().links()) {
                if (l.to == index && sim.topology().node(l.from) instanceof QueueNode q && !qs.contains(q)) {
                    qs.add(q);
                }
            }
            feeders = qs.toArray(new QueueNode[0]);
        }
        return feeders;
    }

    private void pull(Simulation sim) {
        for (QueueNode q : feeders(sim)) {
            q.pump(sim);
        }
    }

    @Override
    void recover(Simulation sim) {
        super.recover(sim);
        pull(sim);
    }

    @Override
    void setInstances(Simulation sim, int n) {
        super.setInstances(sim, n);
        pull(sim);
    }
}
