package org.archsim.lessons.practice;

/**
 * What a design must achieve under the problem's run.
 *
 * @param p99Ms          p99 latency of successful requests at peak, without faults, at most this
 * @param maxErrorRate   error rate while each fault lasts (and shortly after), at most this fraction
 * @param availability   share of requests that succeed over the whole run with faults, at least this
 * @param maxCostPerHour running cost budget in $/h
 */
public record Targets(double p99Ms, double maxErrorRate, double availability, double maxCostPerHour) {
}
