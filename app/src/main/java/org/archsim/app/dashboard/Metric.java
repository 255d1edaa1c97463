package org.archsim.app.dashboard;

/** The dashboard's charts, each with its title and unit. */
public enum Metric {
    /** Completed requests per second, and those within the deadline (goodput). */
    THROUGHPUT("Throughput", "req/s"),
    /** Failed requests per second, one line per reason. */
    ERRORS("Errors by reason", "req/s"),
    /** Latency percentiles (cumulative since warm-up) and the interval's mean. */
    LATENCY("Latency", "ms"),
    /** Busy fraction of workers over each interval, per part. */
    UTILISATION("Utilisation", "%");

    private final String title;
    private final String unit;

    Metric(String title, String unit) {
        this.title = title;
        this.unit = unit;
    }

    public String title() {
        return title;
    }

    public String unit() {
        return unit;
    }
}
