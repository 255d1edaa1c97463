/**
 * Lesson goals: structural goals on a design (single points of failure, part counts, budgets, kinds used, rule errors)
 * and behavioural goals on a run of the lesson's scenario (latency, error rate and availability — also inside windows
 * such as "while the primary is down" — throughput, stale reads, utilisation, hit ratio). Every goal returns a
 * {@link org.archsim.lessons.goal.GoalResult} with one sentence that states the measured figure against the target.
 */
package org.archsim.lessons.goal;
