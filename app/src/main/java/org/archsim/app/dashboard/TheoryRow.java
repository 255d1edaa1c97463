package org.archsim.app.dashboard;

/**
 * One part in the "theory beside simulation" table.
 *
 * @param part               part id
 * @param model              the queueing formula theory used (e.g. {@code M/M/8})
 * @param predictedUtil      predicted busy fraction, 0..1
 * @param simulatedUtil      simulated busy fraction since warm-up, 0..1
 * @param predictedLatencyMs predicted mean sojourn (queue wait + own service)
 * @param simulatedLatencyMs simulated mean sojourn since warm-up
 * @param stable             false when theory says the part is overloaded
 */
public record TheoryRow(String part, String model, double predictedUtil, double simulatedUtil,
                        double predictedLatencyMs, double simulatedLatencyMs, boolean stable) {
}
