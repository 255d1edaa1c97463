package org.archsim.sim.run;

/**
 * Picks one of a part's outgoing links for a request: a link whose {@code endpoint} filter names the request's
 * endpoint wins over a link without a filter, and among equals the choice rotates (round robin). Used by clients and
 * gateways, so "/static → CDN, everything else → gateway" routes the way a learner draws it.
 */
final class EndpointRouter {

    private int cursor;

    /** Position in {@code out} of the chosen link, or -1 when no link accepts the request. */
    int choose(Topology topology, int[] out, byte type, int endpoint) {
        int n = out.length;
        if (n == 1) {
            // One link: it is the choice whether or not it names an endpoint (the passes below agree).
            if (topology.link(out[0]).accepts(type, endpoint)) {
                cursor = 1;
                return 0;
            }
            return -1;
        }
        int start = n == 0 ? 0 : cursor % n; // the cursor is never negative
        for (int pass = 0; pass < 2; pass++) {
            boolean exact = pass == 0;
            for (int k = 0; k < n; k++) {
                int pos = start + k < n ? start + k : start + k - n;
                LinkRt l = topology.link(out[pos]);
                if ((l.endpoint != LinkRt.ANY_ENDPOINT) == exact && l.accepts(type, endpoint)) {
                    cursor = pos + 1;
                    return pos;
                }
            }
        }
        return -1;
    }
}
