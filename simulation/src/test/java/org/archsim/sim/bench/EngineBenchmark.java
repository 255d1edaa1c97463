package org.archsim.sim.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.archsim.model.Design;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the runtime. Each operation simulates a fixed amount of traffic; divide the requests in it by the
 * reported time per operation for requests per second:
 * <ul>
 *   <li>{@link #baselineMm1()}: 1,000,000 customers through the hand-written M/M/1 loop;</li>
 *   <li>{@link #engineMm1()}: 100 simulated seconds of M/M/1 at 900 req/s = about 90,000 requests;</li>
 *   <li>{@link #engineMicroservices()}: 100 simulated seconds of the microservices example at 1000 req/s = about
 *       100,000 requests.</li>
 * </ul>
 * Run: {@code mvn -o -pl simulation test-compile} then
 * {@code java -cp "$(cat cp.txt):simulation/target/classes:simulation/target/test-classes" org.openjdk.jmh.Main EngineBenchmark}
 * (with the test classpath in {@code cp.txt}; see docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx256m")
public class EngineBenchmark {

    private Design mm1;
    private Design microservices;

    @Setup
    public void setUp() throws Exception {
        mm1 = RuntimeBench.mm1Design(900, 1.0);
        Path p = Path.of("assets", "examples", "microservices.archsim.json");
        if (!Files.exists(p)) {
            p = Path.of("..", "assets", "examples", "microservices.archsim.json");
        }
        microservices = RuntimeBench.read("microservices.archsim.json", Files.readString(p));
    }

    @Benchmark
    public double baselineMm1() {
        return BaselineMm1.run(1_000_000, 0.9, 1).meanSojournUs();
    }

    @Benchmark
    public long engineMm1() {
        return RuntimeBench.run(mm1, 100, 1).requests();
    }

    @Benchmark
    public long engineMicroservices() {
        return RuntimeBench.run(microservices, 100, 1).requests();
    }
}
