package org.archsim.app.run;

import org.archsim.sim.observe.HopKind;

/**
 * The sampled messages sent during one publishing interval, as parallel arrays (immutable once published: nobody
 * writes them after the run thread hands the batch over).
 *
 * @param timeUs    when each message was sent
 * @param link      link index (design order)
 * @param kind      0 request, 1 response, 2 failure ({@link HopKind} ordinal)
 * @param size      how many entries are valid
 * @param dropped   messages not kept because the batch was full
 * @param perLink   messages per link in the interval, kept or not
 * @param fromUs    start of the interval (simulated)
 * @param toUs      end of the interval
 * @param everyK    one request in {@code everyK} was sampled (to estimate true rates)
 */
public record HopBatch(long[] timeUs, int[] link, byte[] kind, int size, int dropped, int[] perLink, long fromUs,
                       long toUs, int everyK) {

    /** An empty batch. */
    public static HopBatch empty(int links) {
        return new HopBatch(new long[0], new int[0], new byte[0], 0, 0, new int[links], 0, 0, 1);
    }

    /** Estimated messages per simulated second on {@code l}, scaled up by the sampling. */
    public double ratePerSecond(int l) {
        double span = (toUs - fromUs) / 1e6;
        return span <= 0 || l >= perLink.length ? 0 : perLink[l] * (double) everyK / span;
    }
}
