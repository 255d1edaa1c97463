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
        for (int pass = 0; pass < 2; pass++) {
            boolean exact = pass == 0;
            for (int k = 0; k < out.length; k++) {
                int pos = Math.floorMod(cursor + k, out.length);
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
