package org.archsim.sim.report;

/**
 * The engine's own effort.
 *
 * @param events events processed
 * @param wallMs wall-clock milliseconds spent running events
 */
public record EngineStats(long events, long wallMs) {
}
