package org.archsim.sim.metrics;

/**
 * An immutable batch-means estimate.
 *
 * @param mean            mean of the batch means (observations in an unfinished batch are left out)
 * @param halfWidth95     half-width of the 95% Student-t confidence interval; {@code NaN} with fewer than 2 batches
 * @param batches         number of complete batches used
 * @param batchSize       observations per batch
 * @param lag1Correlation lag-1 autocorrelation of the batch means (near 0 when batches are long enough); {@code NaN}
 *                        with fewer than 3 batches or zero variance
 */
public record BatchMeansResult(double mean, double halfWidth95, int batches, long batchSize, double lag1Correlation) {
    /** Lower end of the 95% confidence interval. */
    public double lower() {
        return mean - halfWidth95;
    }

    /** Upper end of the 95% confidence interval. */
    public double upper() {
        return mean + halfWidth95;
    }

    /** Half-width relative to the mean. */
    public double relativeHalfWidth() {
        return halfWidth95 / Math.abs(mean);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.6g ± %.3g (95%%, %d batches of %d, lag-1 r=%.2f)", mean,
                halfWidth95, batches, batchSize, lag1Correlation);
    }
}
