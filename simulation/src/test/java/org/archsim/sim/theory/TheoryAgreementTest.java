package org.archsim.sim.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.archsim.sim.report.PartStats;
import org.archsim.sim.report.TheoryReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The simulation agrees with queueing theory where theory has an answer: mean sojourn within 2% (with a batch-means
 * confidence interval no wider than that), utilisation within 1% absolute, and Little's law L = λW at every station.
 * Each design is a file in the public design format under {@code src/test/resources/theory}.
 */
class TheoryAgreementTest {

    private static final double SOJOURN_TOLERANCE = 0.02;
    private static final double UTILISATION_TOLERANCE = 0.01;
    private static final double LITTLE_TOLERANCE = 0.02;

    @ParameterizedTest(name = "{0}: {1} predicted by {2}")
    @CsvSource({
            "mm1-rho50,                server, M/M/1,       3000",
            "mm1-rho80,                server, M/M/1,       20000",
            "mm1-rho90,                server, M/M/1,       50000",
            "mmc4-rho80,               server, M/M/4,       12000",
            "mmc4-rho90,               server, M/M/4,       40000",
            "md1-rho80,                server, M/D/1,       10000",
            "md1-rho90,                server, M/D/1,       30000",
            "mg1-lognormal-cv2-rho70,  server, M/G/1,       110000",
            "mg1-lognormal-cv05-rho90, server, M/G/1,       35000",
    })
    void singleStationAgreesWithItsClosedForm(String design, String part, String model, double durationS) {
        TheoryHarness.Result r = TheoryHarness.run(design, durationS, durationS / 20, 11, 20);
        TheoryReport theory = r.report().theory();
        assertThat(theory.applicable()).as(theory.reason()).isTrue();
        TheoryReport.PartTheory t = theory.part(part).orElseThrow();
        assertThat(t.model()).isEqualTo(model);
        checkStation(design, r, part, t);
        TheoryHarness.Estimate system = r.sojournMs().get("system");
        assertThat(system.mean()).as(design + " end to end " + system).isCloseTo(theory.meanLatencyMs(),
                within(SOJOURN_TOLERANCE * theory.meanLatencyMs()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"tandem, 40000", "weighted-split, 15000"})
    void networksAgreeStationByStationAndEndToEnd(String design, double durationS) {
        TheoryHarness.Result r = TheoryHarness.run(design, durationS, durationS / 20, 23, 20);
        TheoryReport theory = r.report().theory();
        assertThat(theory.applicable()).as(theory.reason()).isTrue();
        for (String part : theory.parts().keySet()) {
            TheoryReport.PartTheory t = theory.part(part).orElseThrow();
            if (t.meanSojournMs() > 0) {
                checkStation(design, r, part, t);
            }
        }
        TheoryHarness.Estimate system = r.sojournMs().get("system");
        assertThat(system.mean()).as(design + " end to end " + system).isCloseTo(theory.meanLatencyMs(),
                within(SOJOURN_TOLERANCE * theory.meanLatencyMs()));
    }

    private static void checkStation(String design, TheoryHarness.Result r, String part, TheoryReport.PartTheory t) {
        TheoryHarness.Estimate w = r.sojournMs().get(part);
        String label = design + "/" + part + ": simulated " + w + " ms vs " + t.model() + " " + t.meanSojournMs() + " ms";
        System.out.println(label);
        assertThat(w.relativeHalfWidth()).as("confidence interval of " + label).isLessThanOrEqualTo(SOJOURN_TOLERANCE);
        assertThat(w.mean()).as(label).isCloseTo(t.meanSojournMs(), within(SOJOURN_TOLERANCE * t.meanSojournMs()));
        PartStats p = r.part(part);
        assertThat(p.utilization()).as(design + "/" + part + " utilisation")
                .isCloseTo(t.utilization(), within(UTILISATION_TOLERANCE));
        // Little's law: time-average number present (waiting + in service) = arrival rate × mean sojourn.
        double lambda = p.completed() / r.report().measuredS();
        int workers = (int) Math.round(p.instances()) * workersOf(design, part);
        double l = p.meanQueueLength() + p.utilization() * workers;
        double lw = lambda * p.latency().meanMs() / 1000;
        assertThat(l).as(design + "/" + part + " Little's law L = λW").isCloseTo(lw, within(LITTLE_TOLERANCE * lw));
    }

    private static int workersOf(String design, String part) {
        return TheoryHarness.design(design).requireComponent(part).intParam("workers");
    }
}
