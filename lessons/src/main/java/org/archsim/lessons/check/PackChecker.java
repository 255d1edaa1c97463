package org.archsim.lessons.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.archsim.lessons.Lesson;
import org.archsim.lessons.LessonPack;
import org.archsim.lessons.goal.GoalEvaluator;
import org.archsim.lessons.goal.GoalResult;
import org.archsim.model.Design;

/**
 * Checks that every lesson of a pack teaches what it says: over {@code seeds} seeds, the solution meets every goal,
 * the start fails at least one, and the solution with the taught concept removed fails at least one. Runs are
 * independent and deterministic, so they are spread over a small thread pool; the result does not depend on it.
 *
 * <pre>{@code
 * List<LessonCheck> checks = new PackChecker(10, 2).check(pack, p -> System.err.println(p.done() + "/" + p.total()));
 * boolean ok = checks.stream().allMatch(LessonCheck::passed);
 * }</pre>
 */
public final class PackChecker {

    /** The fewest seeds a check may use. */
    public static final int MIN_SEEDS = 10;

    /** Progress of a check: runs done out of the total, and the lesson being checked. */
    public record Progress(int done, int total, String lessonId) {
    }

    private final int seeds;
    private final int threads;

    /** @param seeds seeds per design (at least {@link #MIN_SEEDS}); @param threads worker threads (at least 1) */
    public PackChecker(int seeds, int threads) {
        if (seeds < MIN_SEEDS || threads < 1) {
            throw new IllegalArgumentException("a pack check needs ≥ " + MIN_SEEDS + " seeds and ≥ 1 thread");
        }
        this.seeds = seeds;
        this.threads = threads;
    }

    /** Checks every lesson in order, reporting progress after each run (from worker threads). */
    public List<LessonCheck> check(LessonPack pack, Consumer<Progress> progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pack-check");
            t.setDaemon(true);
            return t;
        });
        try {
            int total = pack.lessons().size() * Variant.values().length * seeds;
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            List<LessonCheck> out = new ArrayList<>();
            for (Lesson l : pack.lessons()) {
                long t0 = System.nanoTime();
                List<List<Future<List<GoalResult>>>> futures = new ArrayList<>();
                for (Variant v : Variant.values()) {
                    Design d = design(l, v);
                    List<Future<List<GoalResult>>> fs = new ArrayList<>();
                    for (int i = 0; i < seeds; i++) {
                        long seed = l.scenario().seed() + i;
                        Design copy = d.copy();
                        fs.add(pool.submit(() -> {
                            List<GoalResult> r = GoalEvaluator.evaluate(copy, l.scenario().withSeed(seed), l.goals());
                            progress.accept(new Progress(done.incrementAndGet(), total, l.id()));
                            return r;
                        }));
                    }
                    futures.add(fs);
                }
                List<VariantResult> rows = new ArrayList<>();
                for (Variant v : Variant.values()) {
                    rows.add(summarize(v, futures.get(v.ordinal()), l.scenario().seed()));
                }
                out.add(new LessonCheck(l.id(), l.title(), rows, (System.nanoTime() - t0) / 1_000_000));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Checks one lesson alone. */
    public LessonCheck check(Lesson lesson) {
        return check(new LessonPack("single", lesson.title(), "", "", "", List.of(lesson), lesson.source()), p -> { })
                .get(0);
    }

    private static Design design(Lesson l, Variant v) {
        return switch (v) {
            case SOLUTION -> l.solution();
            case START -> l.start();
            case WITHOUT_CONCEPT -> l.solutionWithoutConcept();
        };
    }

    private VariantResult summarize(Variant v, List<Future<List<GoalResult>>> fs, long firstSeed) {
        int ok = 0;
        String broken = null;
        String example = null;
        for (int i = 0; i < fs.size(); i++) {
            List<GoalResult> results = get(fs.get(i));
            GoalResult failed = results.stream().filter(r -> !r.passed()).findFirst().orElse(null);
            boolean asExpected = v == Variant.SOLUTION ? failed == null : failed != null;
            if (asExpected) {
                ok++;
                if (example == null && failed != null) {
                    example = failed.message();
                }
            } else if (broken == null) {
                broken = "seed " + (firstSeed + i) + ": " + (failed != null ? failed.goal() + " — " + failed.message()
                        : "every goal was met");
            }
        }
        return new VariantResult(v, fs.size(), ok, broken != null ? broken : example == null ? "" : example);
    }

    private static List<GoalResult> get(Future<List<GoalResult>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("pack check interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a simulation failed: " + e.getCause(), e.getCause());
        }
    }
}
