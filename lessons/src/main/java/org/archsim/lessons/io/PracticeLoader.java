package org.archsim.lessons.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.archsim.lessons.practice.PracticeProblem;
import org.archsim.lessons.practice.ProblemNumbers;
import org.archsim.lessons.practice.Targets;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.io.FormatException;
import org.archsim.model.io.FormatProblem;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.Scenario;

/**
 * Loads interview practice problems ({@code archsim.practice/1}, files named {@code *.practice.json}) with the same
 * strictness as lesson packs: every problem in every file located by file, line, column and field path; unknown
 * fields rejected; referenced designs may not leave the folder. It lives here to share the pack reader's JSON and
 * field helpers.
 *
 * <pre>{@code
 * List<PracticeProblem> all = PracticeLoader.loadFolder(Path.of("assets/practice"));
 * }</pre>
 */
public final class PracticeLoader {

    /** The format id of a practice problem file. */
    public static final String FORMAT = "archsim.practice/1";
    /** The file name suffix of a practice problem file. */
    public static final String SUFFIX = ".practice.json";
    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("format", "id", "title", "brief", "requirements",
            "numbers", "targets", "simulation", "scenario", "reference", "naive", "estimateFactor"));
    static final List<String> NUMBERS = List.of("dailyUsers", "requestsPerUserPerDay", "readsPerWrite", "peakFactor",
            "writeBytes", "readBytes", "retentionYears", "serverRps");
    static final List<String> TARGETS = List.of("p99Ms", "maxErrorRate", "availability", "maxCostPerHour");

    private PracticeLoader() {
    }

    /** Every {@code *.practice.json} in {@code dir}, in file-name order; ids must be unique. */
    public static List<PracticeProblem> loadFolder(Path dir) throws IOException, FormatException {
        PackFiles files = PackFiles.open(dir);
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir + " (not a folder)");
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            ds.forEach(p -> names.add(p.getFileName().toString()));
        }
        names.sort(null);
        Problems problems = new Problems();
        List<PracticeProblem> out = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (String n : names) {
            PracticeProblem p = read(files, n, problems);
            if (p != null) {
                String prev = ids.putIfAbsent(p.id(), n);
                if (prev != null) {
                    problems.at(files.name(n), 1, 1, "id", "problem id \"" + p.id() + "\" is also used by " + prev);
                }
                out.add(p);
            }
        }
        problems.throwIfAny();
        return out;
    }

    /** The problem in one file; designs it references are resolved against the file's folder. */
    public static PracticeProblem loadFile(Path file) throws IOException, FormatException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        Path abs = file.toAbsolutePath();
        PackFiles files = PackFiles.open(abs.getParent());
        Problems problems = new Problems();
        PracticeProblem p = read(files, abs.getFileName().toString(), problems);
        problems.throwIfAny();
        return p;
    }

    static PracticeProblem read(PackFiles files, String rel, Problems problems) throws FormatException {
        String src = files.name(rel);
        int before = problems.count();
        String text;
        try {
            text = files.read(rel);
        } catch (FormatException e) {
            problems.addAll(e.problems());
            return null;
        }
        Fields f;
        try {
            List<FormatProblem> dups = new ArrayList<>();
            JValue root = Json.parse(src, text, dups);
            problems.addAll(dups);
            f = Fields.of(src, root, "", "a practice problem", problems);
        } catch (FormatException e) {
            problems.addAll(e.problems());
            return null;
        }
        if (f == null || !f.format(FORMAT)) {
            return null;
        }
        f.rejectUnknown(FIELDS, "a practice problem");
        String id = f.string("id", true);
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            f.problem("id", "must be lower-case letters, digits and hyphens (at most 64), was \"" + id + "\"");
        }
        String title = f.string("title", true);
        String brief = f.string("brief", true);
        List<String> reqs = f.strings("requirements", true, 1, 20);
        double[] n = numbers(f, "numbers", NUMBERS, problems);
        double[] t = numbers(f, "targets", TARGETS, problems);
        Double clientRps = null;
        Double settleS = 5.0;
        Double keySpace = null;
        Double zipfS = null;
        Fields sim = sub(f, "simulation", problems);
        if (sim != null) {
            sim.rejectUnknown(Set.of("clientRps", "settleS", "keySpace", "zipfS"), "simulation");
            clientRps = sim.number("clientRps", true, 1, 20_000);
            if (sim.has("settleS")) {
                settleS = sim.number("settleS", false, 0, 600);
            }
            // The traffic's key popularity, so a cache or CDN is judged on the problem's keys, not the design's.
            keySpace = sim.has("keySpace") ? sim.number("keySpace", false, 1, 1e9) : null;
            zipfS = sim.has("zipfS") ? sim.number("zipfS", false, 0, 5) : null;
        }
        Double factor = f.has("estimateFactor") ? f.number("estimateFactor", false, 1.01, 100) : Double.valueOf(2);
        Design reference = design(files, f, rel, "reference", problems);
        Design naive = design(files, f, rel, "naive", problems);
        // Faults name parts of the reference; the grader maps them onto any design by kind and rank (FaultMapping).
        Scenario sc = ScenarioPart.read(f, rel, text, files, problems, null, reference);
        if (sc != null) {
            for (int i = 0; i < sc.faults().size(); i++) {
                Fault fault = sc.faults().get(i);
                if (fault.atS() < sc.warmupS()) {
                    f.problem("scenario", "faults[" + i + "] starts at " + fault.atS() + " s, inside the warm-up ("
                            + sc.warmupS() + " s), where nothing is measured");
                }
            }
        }
        if (t != null && t[1] > 1) {
            f.problem("targets", "maxErrorRate must be a fraction between 0 and 1");
        }
        if (t != null && t[2] > 1) {
            f.problem("targets", "availability must be a fraction between 0 and 1");
        }
        if (problems.count() != before || n == null || t == null || clientRps == null || settleS == null
                || factor == null) {
            return null;
        }
        return new PracticeProblem(id, title, brief, reqs, new ProblemNumbers(n[0], n[1], n[2], n[3], n[4], n[5], n[6],
                n[7]), new Targets(t[0], t[1], t[2], t[3]), clientRps,
                keySpace == null ? null : (int) Math.round(keySpace), zipfS, sc, settleS, factor, reference, naive,
                src);
    }

    private static Fields sub(Fields f, String key, Problems problems) {
        if (!f.has(key)) {
            f.missing(key);
            return null;
        }
        return Fields.of(f.source(), f.get(key), f.path(key), key, problems);
    }

    /** The named positive numbers of object {@code key}, all required; {@code null} after reporting. */
    private static double[] numbers(Fields f, String key, List<String> names, Problems problems) {
        Fields o = sub(f, key, problems);
        if (o == null) {
            return null;
        }
        o.rejectUnknown(new LinkedHashSet<>(names), key);
        double[] out = new double[names.size()];
        boolean ok = true;
        for (int i = 0; i < names.size(); i++) {
            Double d = o.number(names.get(i), true, 0, 1e15);
            if (d == null) {
                ok = false;
            } else if (d == 0 && !names.get(i).equals("retentionYears")) {
                o.problem(names.get(i), "must be more than 0");
                ok = false;
            } else {
                out[i] = d;
            }
        }
        return ok ? out : null;
    }

    private static Design design(PackFiles files, Fields f, String rel, String key, Problems problems) {
        String ref = f.string(key, true);
        if (ref == null) {
            return null;
        }
        String target;
        String text;
        try {
            target = PackPaths.resolve(rel, ref);
            text = files.read(target);
        } catch (IllegalArgumentException e) {
            f.problem(key, e.getMessage());
            return null;
        } catch (FormatException e) {
            f.problem(key, "cannot use \"" + ref + "\": " + e.problems().get(0).message());
            return null;
        }
        try {
            return DesignCodec.read(files.name(target), text);
        } catch (FormatException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
