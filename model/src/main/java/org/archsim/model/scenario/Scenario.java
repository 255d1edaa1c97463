package org.archsim.model.scenario;

import java.util.List;
import java.util.Objects;
import org.archsim.model.ParamSpec;

/**
 * What happens to a design during one run: how long it runs, how much of the start is warm-up (excluded from
 * steady-state figures), the seed every random stream derives from, the load profile and the faults. Immutable.
 *
 * <pre>{@code
 * Scenario s = Scenario.defaults()
 *         .withDurationS(600).withWarmupS(60).withSeed(42)
 *         .withLoad(List.of(new LoadStep(0, 1), new LoadStep(300, 3)))
 *         .withFaults(List.of(Fault.of(200, FaultType.CRASH, "db").withDurationS(60.0)));
 * }</pre>
 *
 * @param durationS length of the run in simulated seconds (&gt; warmupS)
 * @param warmupS   seconds at the start excluded from steady-state figures
 * @param seed      the seed all random streams derive from
 * @param load      load steps in non-decreasing {@code atS} order
 * @param faults    scheduled faults, in file order
 */
public record Scenario(double durationS, double warmupS, long seed, List<LoadStep> load, List<Fault> faults) {

    /** Range and default of {@code durationS}. */
    public static final ParamSpec DURATION_S = ParamSpec.decimal("durationS", "s", 60.0, 0.001, 31_536_000.0,
            "Length of the run in simulated seconds; must exceed warmupS.");
    /** Range and default of {@code warmupS}. */
    public static final ParamSpec WARMUP_S = ParamSpec.decimal("warmupS", "s", 10.0, 0.0, 31_536_000.0,
            "Seconds at the start left out of steady-state figures.");
    /** Default seed. */
    public static final long DEFAULT_SEED = 1L;
    /** Default load profile: multiplier 1 from the start. */
    public static final List<LoadStep> DEFAULT_LOAD = List.of(new LoadStep(0, 1));

    public Scenario {
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(faults, "faults");
        load = List.copyOf(load);
        faults = List.copyOf(faults);
        LoadStep.check(DURATION_S, durationS);
        LoadStep.check(WARMUP_S, warmupS);
        if (warmupS >= durationS) {
            throw new IllegalArgumentException("warmupS (" + warmupS + ") must be less than durationS (" + durationS + ")");
        }
        for (int i = 1; i < load.size(); i++) {
            if (load.get(i).atS() < load.get(i - 1).atS()) {
                throw new IllegalArgumentException("load steps must be in time order; step " + i + " is earlier than step "
                        + (i - 1));
            }
        }
    }

    /** 60 s, 10 s warm-up, seed 1, constant load, no faults. */
    public static Scenario defaults() {
        return new Scenario(60.0, 10.0, DEFAULT_SEED, DEFAULT_LOAD, List.of());
    }

    public Scenario withDurationS(double d) {
        return new Scenario(d, warmupS, seed, load, faults);
    }

    public Scenario withWarmupS(double w) {
        return new Scenario(durationS, w, seed, load, faults);
    }

    public Scenario withSeed(long s) {
        return new Scenario(durationS, warmupS, s, load, faults);
    }

    public Scenario withLoad(List<LoadStep> l) {
        return new Scenario(durationS, warmupS, seed, l, faults);
    }

    public Scenario withFaults(List<Fault> f) {
        return new Scenario(durationS, warmupS, seed, load, f);
    }
}
