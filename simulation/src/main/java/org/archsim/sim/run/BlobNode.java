package org.archsim.sim.run;

import org.archsim.model.Component;
import org.archsim.sim.engine.FailureReason;
import org.archsim.sim.random.RandomStream;

/**
 * Blob storage: a station whose answers fail, independently, with probability {@code 1 − availability} (an error from
 * a healthy but imperfect service, reported as {@code PART_DOWN} at this part) after the request's own service time.
 */
final class BlobNode extends Node {

    private final double availability;
    private final RandomStream availabilityRng;

    BlobNode(Simulation sim, int index, Component c) {
        super(sim, index, c);
        this.availability = c.doubleParam("availability");
        this.availabilityRng = sim.streams().stream("availability/" + id);
    }

    @Override
    void afterService(Simulation sim, int call) {
        if (availability < 1.0 && availabilityRng.nextDouble() >= availability) {
            sim.fail(call, FailureReason.PART_DOWN, index);
        } else {
            sim.complete(call);
        }
    }
}
