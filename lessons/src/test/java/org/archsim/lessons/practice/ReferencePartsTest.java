package org.archsim.lessons.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.archsim.lessons.io.PracticeLoader;
import org.archsim.model.Design;
import org.archsim.sim.report.PartStats;
import org.archsim.sim.report.SimulationReport;
import org.archsim.sim.run.Simulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference designs use the part each problem calls for, and the part does its job under the problem's load:
 * caches and the CDN answer most reads, the notification and chat queues carry every send to their workers.
 */
class ReferencePartsTest {

    static List<PracticeProblem> problems;

    @BeforeAll
    static void load() throws Exception {
        problems = PracticeLoader.loadFolder(Path.of("..", "assets", "practice"));
    }

    private static SimulationReport calmRun(String id) {
        PracticeProblem p = problems.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        Design d = Grader.withProblemLoad(p, p.reference());
        return new Simulation(d, p.scenario().withFaults(List.of())).run();
    }

    private static PartStats part(SimulationReport r, String id) {
        return r.components().get(id);
    }

    @Test
    void cachesAnswerMostReads() {
        for (String id : List.of("url-shortener", "news-feed", "distributed-cache")) {
            PartStats cache = part(calmRun(id), "cache");
            assertThat(cache.kind()).isEqualTo("cache");
            assertThat(cache.extra().get("hitRatio")).as(id + " cache hit ratio").isGreaterThan(0.5);
        }
    }

    @Test
    void theRateLimitersCountersLiveInAWriteThroughCache() {
        PartStats cache = part(calmRun("rate-limiter"), "cache");
        // Half the calls are counter updates, written through (never hits); most of the checks hit.
        assertThat((double) cache.extra().get("hits")).isGreaterThan(0.4 * cache.arrivals());
    }

    @Test
    void paymentsReplicateSynchronously() {
        PracticeProblem p = problems.stream().filter(x -> x.id().equals("payments")).findFirst().orElseThrow();
        assertThat(p.reference().requireComponent("db").textParam("replication")).isEqualTo("sync");
    }

    @Test
    void theCdnServesMostViews() {
        SimulationReport r = calmRun("video-streaming");
        assertThat(part(r, "cdn").extra().get("hitRatio")).isGreaterThan(0.5);
        long behind = List.of("app-1", "app-2", "app-3", "app-4").stream().mapToLong(a -> part(r, a).arrivals()).sum();
        assertThat(behind).as("the apps see only what the edge did not answer")
                .isLessThan(part(r, "cdn").arrivals() / 2);
    }

    @Test
    void sendsGoThroughTheQueueToTheWorkers() {
        queueFeedsItsWorkers("notifications", "sender-1", "sender-2");
        queueFeedsItsWorkers("chat", "deliver-1", "deliver-2");
    }

    private static void queueFeedsItsWorkers(String id, String w1, String w2) {
        SimulationReport r = calmRun(id);
        long sends = part(r, "queue").arrivals();
        long delivered = part(r, w1).completed() + part(r, w2).completed();
        assertThat(sends).as(id).isPositive();
        assertThat(part(r, w1).completed()).as(id).isPositive();
        assertThat(part(r, w2).completed()).as(id).isPositive();
        assertThat(delivered).as(id + ": workers keep up with the queue").isGreaterThan(sends * 9 / 10);
    }
}
