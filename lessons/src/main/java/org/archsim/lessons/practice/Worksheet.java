package org.archsim.lessons.practice;

/**
 * A candidate's back-of-the-envelope estimates. A {@code null} field was left blank and scores nothing.
 *
 * @param averageRps       average requests per second
 * @param peakRps          peak requests per second
 * @param storagePerDayGb  new data per day, in GB (10⁹ bytes)
 * @param egressMBps       outgoing bandwidth at peak, in MB/s (10⁶ bytes)
 * @param servers          application servers needed for the peak
 */
public record Worksheet(Double averageRps, Double peakRps, Double storagePerDayGb, Double egressMBps,
        Double servers) {

    /** An empty worksheet. */
    public static Worksheet blank() {
        return new Worksheet(null, null, null, null, null);
    }

    /** Whether nothing was entered. */
    public boolean isBlank() {
        return averageRps == null && peakRps == null && storagePerDayGb == null && egressMBps == null
                && servers == null;
    }
}
