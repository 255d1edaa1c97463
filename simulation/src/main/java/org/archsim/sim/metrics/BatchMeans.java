package org.archsim.sim.metrics;

/**
 * Batch means for a steady-state mean with a confidence interval, when the run length is not known in advance.
 *
 * <p>Observations (taken after warm-up, in time order) are grouped into consecutive batches. The helper keeps between
 * {@code k} and {@code 2k} complete batches: when it reaches {@code 2k} it merges neighbouring pairs and doubles the batch
 * size, so batches keep getting longer (and less correlated) as the run goes on, in O(k) memory. The result's mean is
 * the average of complete batch means; the 95% half-width is t(0.975, b−1)·s/√b over the b batch means.
 */
public final class BatchMeans {
    private final int minBatches;
    private final double[] sums;
    private int batches;
    private long batchSize = 1;
    private long inCurrent;
    private double currentSum;
    private long observations;

    /** Keeps between {@code minBatches} (≥ 2) and twice that many batches. */
    public BatchMeans(int minBatches) {
        if (minBatches < 2) {
            throw new IllegalArgumentException("need at least 2 batches: " + minBatches);
        }
        this.minBatches = minBatches;
        this.sums = new double[2 * minBatches];
    }

    /** Uses 20 to 40 batches. */
    public BatchMeans() {
        this(20);
    }

    /** Adds one observation. */
    public void add(double x) {
        observations++;
        currentSum += x;
        if (++inCurrent == batchSize) {
            sums[batches++] = currentSum;
            currentSum = 0;
            inCurrent = 0;
            if (batches == sums.length) {
                for (int i = 0; i < minBatches; i++) {
                    sums[i] = sums[2 * i] + sums[2 * i + 1];
                }
                batches = minBatches;
                batchSize *= 2;
            }
        }
    }

    /** Total observations added, including any in the unfinished batch. */
    public long observations() {
        return observations;
    }

    /** The estimate from the complete batches so far. */
    public BatchMeansResult result() {
        int b = batches;
        if (b == 0) {
            return new BatchMeansResult(Double.NaN, Double.NaN, 0, batchSize, Double.NaN);
        }
        double mean = 0;
        for (int i = 0; i < b; i++) {
            mean += sums[i] / batchSize;
        }
        mean /= b;
        if (b < 2) {
            return new BatchMeansResult(mean, Double.NaN, b, batchSize, Double.NaN);
        }
        double ss = 0;
        double cross = 0;
        for (int i = 0; i < b; i++) {
            double d = sums[i] / batchSize - mean;
            ss += d * d;
            if (i > 0) {
                cross += d * (sums[i - 1] / batchSize - mean);
            }
        }
        double variance = ss / (b - 1);
        double half = StudentT.quantile975(b - 1) * Math.sqrt(variance / b);
        double lag1 = b >= 3 && ss > 0 ? cross / ss : Double.NaN;
        return new BatchMeansResult(mean, half, b, batchSize, lag1);
    }
}
