package org.archsim.lessons.practice;

import java.util.List;
import java.util.Objects;
import org.archsim.model.Design;
import org.archsim.model.scenario.Scenario;

/**
 * One interview problem, read from an {@code archsim.practice/1} file: the brief and requirements the candidate
 * reads, the interviewer's numbers, the targets, the simulated load ({@code clientRps} spread over the design's
 * clients — a scaled model of the real peak) and the scenario of load steps and faults the design must survive, and
 * two designs that prove the problem is fair: a reference that passes and a naive one that fails.
 *
 * @param keySpace       distinct keys the clients ask for, or {@code null} to leave each client's own setting
 * @param zipfS          key popularity skew (Zipf exponent; 0 = uniform), or {@code null} to leave the clients' own
 * @param estimateFactor how far an estimate may be from the expected figure and still count (e.g. 2: within ×2)
 * @param settleS        seconds after a fault ends still counted in that fault's window (recovery)
 */
public record PracticeProblem(String id, String title, String brief, List<String> requirements, ProblemNumbers numbers,
        Targets targets, double clientRps, Integer keySpace, Double zipfS, Scenario scenario, double settleS,
        double estimateFactor, Design reference, Design naive, String source) {

    public PracticeProblem {
        Objects.requireNonNull(id, "id");
        requirements = List.copyOf(requirements);
    }
}
