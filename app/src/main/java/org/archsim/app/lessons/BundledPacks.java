package org.archsim.app.lessons;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.archsim.app.files.ClassPathFolder;
import org.archsim.lessons.LessonPack;
import org.archsim.lessons.io.PackLoader;
import org.archsim.model.io.FormatException;

/**
 * The lesson packs shipped under {@code /assets/lessons/} on the class path: every folder there holding a
 * {@code pack.json}. In a development build the folder is a plain directory and is loaded in place; inside the app jar
 * each pack is first copied to a temporary folder, because the pack loader reads ordinary folders and zips and its
 * safety checks (real paths, symbolic links) are defined for those.
 */
public final class BundledPacks {

    /** The packs that loaded, and one message per bundled pack that did not. */
    public record Result(List<LessonPack> packs, List<String> failures) {
        public Result {
            packs = List.copyOf(packs);
            failures = List.copyOf(failures);
        }
    }

    static final String ROOT = "/assets/lessons/";

    private BundledPacks() {
    }

    /** Loads every bundled pack, in the curriculum order of {@code packs.txt} (unlisted folders last, by name). */
    public static Result load() {
        List<LessonPack> packs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        URL url = BundledPacks.class.getResource(ROOT + "");
        if (url == null) {
            return new Result(packs, List.of("no bundled lessons on the class path (" + ROOT + ")"));
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs = ClassPathFolder.jarFileSystem(uri);
                loadAll(fs.getPath(ROOT), true, packs, failures);
            } else {
                loadAll(Path.of(uri), false, packs, failures);
            }
        } catch (IOException | URISyntaxException e) {
            failures.add("bundled lessons could not be read: " + e.getMessage());
        }
        return new Result(packs, failures);
    }

    private static void loadAll(Path root, boolean copy, List<LessonPack> packs, List<String> failures)
            throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root)) {
            List<String> order = curriculumOrder(root);
            dirs = s.filter(d -> Files.isRegularFile(d.resolve("pack.json")))
                    .sorted(java.util.Comparator.comparingInt((Path d) -> rank(order, d))
                            .thenComparing(d -> d.getFileName().toString()))
                    .toList();
        }
        for (Path dir : dirs) {
            try {
                packs.add(PackLoader.load(copy ? ClassPathFolder.copyOut(dir) : dir));
            } catch (FormatException e) {
                failures.add(dir.getFileName() + ": " + e.problems().get(0)
                        + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : ""));
            } catch (IOException e) {
                failures.add(dir.getFileName() + ": " + e.getMessage());
            }
        }
    }

    /** Pack folder names in curriculum order, from {@code packs.txt} beside the packs (comments start with #). */
    private static List<String> curriculumOrder(Path root) throws IOException {
        Path index = root.resolve("packs.txt");
        if (!Files.isRegularFile(index)) {
            return List.of();
        }
        return Files.readAllLines(index).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static int rank(List<String> order, Path dir) {
        int i = order.indexOf(dir.getFileName().toString());
        return i < 0 ? order.size() : i;
    }
}
