package org.archsim.lessons.practice;

/**
 * The numbers an interviewer gives for a problem, and the figures a back-of-the-envelope estimate derives from them.
 * Everything derived is plain arithmetic on these inputs, so the worksheet can explain each step in a sentence.
 *
 * @param dailyUsers            users active in a day
 * @param requestsPerUserPerDay requests one user makes in a day (reads and writes)
 * @param readsPerWrite         reads for every write (the read/write ratio, e.g. 100 for 100:1)
 * @param peakFactor            peak traffic over the daily average (e.g. 3)
 * @param writeBytes            bytes stored per write
 * @param readBytes             bytes sent back per read
 * @param retentionYears        how long written data is kept
 * @param serverRps             requests per second one application server handles
 */
public record ProblemNumbers(double dailyUsers, double requestsPerUserPerDay, double readsPerWrite, double peakFactor,
        double writeBytes, double readBytes, double retentionYears, double serverRps) {

    /** Seconds in a day, rounded as estimates usually do: the exact 86,400. */
    public static final double SECONDS_PER_DAY = 86_400;

    /** Requests in a day: daily users × requests per user. */
    public double requestsPerDay() {
        return dailyUsers * requestsPerUserPerDay;
    }

    /** Average requests per second over the day. */
    public double averageRps() {
        return requestsPerDay() / SECONDS_PER_DAY;
    }

    /** Peak requests per second: the average times the peak factor. */
    public double peakRps() {
        return averageRps() * peakFactor;
    }

    /** The share of requests that are reads: {@code r / (r + 1)}. */
    public double readShare() {
        return readsPerWrite / (readsPerWrite + 1);
    }

    /** Writes in a day. */
    public double writesPerDay() {
        return requestsPerDay() * (1 - readShare());
    }

    /** Bytes stored per day: writes per day × bytes per write. */
    public double storagePerDayBytes() {
        return writesPerDay() * writeBytes;
    }

    /** Bytes kept over the retention period: storage per day × 365 × years. */
    public double totalStorageBytes() {
        return storagePerDayBytes() * 365 * retentionYears;
    }

    /** Outgoing bytes per second at peak: peak reads per second × bytes per read. */
    public double peakEgressBytesPerSecond() {
        return peakRps() * readShare() * readBytes;
    }

    /** Application servers for the peak: peak rps ÷ one server's rps, rounded up, at least 2 so one may fail. */
    public int serversNeeded() {
        return Math.max(2, (int) Math.ceil(peakRps() / serverRps - 1e-9));
    }
}
