package org.archsim.sim.run;

/**
 * Wires the data parts once the topology exists: groups each primary database with the replicas it links to into a
 * {@link ReplicaSet} (a database no primary links to is a set of its own), then gives every service and worker that
 * links to databases or aside caches its {@link CallPlan} (which may reorder its outgoing links).
 */
final class DataWiring {

    private DataWiring() {
    }

    static void wire(Topology topo) {
        int n = topo.nodes().size();
        long keySpace = 1;
        for (int i = 0; i < n; i++) {
            if (topo.node(i) instanceof DatabaseNode db && !db.component.textParam("role").equals("replica")) {
                db.set = new ReplicaSet(db);
            }
            if (topo.node(i) instanceof ClientNode c) {
                keySpace = Math.max(keySpace, c.component.intParam("keySpace"));
            }
        }
        for (int i = 0; i < n; i++) {
            if (topo.node(i) instanceof DatabaseNode primary && primary.set != null && primary.set.primary == primary) {
                for (int l : primary.out) {
                    if (topo.node(topo.link(l).to) instanceof DatabaseNode r && r.set == null) {
                        r.set = primary.set;
                        r.replicationLink = topo.link(l);
                        primary.set.members.add(r);
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (topo.node(i) instanceof DatabaseNode db && db.set == null) {
                db.set = new ReplicaSet(db);
            }
        }
        for (int i = 0; i < n; i++) {
            Node node = topo.node(i);
            String kind = node.component.kind().id();
            if (node instanceof CallerNode caller && (kind.equals("service") || kind.equals("worker"))) {
                CallPlan plan = CallPlan.build(topo, caller, shardMode(caller), keySpace);
                if (plan != null) {
                    caller.out = plan.out;
                    caller.plan = plan;
                }
            }
        }
    }

    private static int shardMode(Node caller) {
        if (!Node.has(caller.component, "shardBy")) {
            return StoreGroup.NONE;
        }
        return switch (caller.component.textParam("shardBy")) {
            case "hash" -> StoreGroup.HASH;
            case "range" -> StoreGroup.RANGE;
            case "consistent-hashing" -> StoreGroup.RING;
            default -> StoreGroup.NONE;
        };
    }
}
