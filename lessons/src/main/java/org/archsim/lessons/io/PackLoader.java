package org.archsim.lessons.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.archsim.lessons.Lesson;
import org.archsim.lessons.LessonPack;
import org.archsim.model.io.FormatException;
import org.archsim.model.io.FormatProblem;

/**
 * Loads a lesson pack — a folder or a {@code .zip} holding {@code pack.json} — strictly and safely: every problem in
 * every file is collected and reported with file, line, column and field path; unknown fields are errors; references
 * may not leave the pack; sizes and counts are capped. A pack is data only: nothing in it is executed.
 *
 * <pre>{@code
 * try {
 *     LessonPack pack = PackLoader.load(Path.of("assets/lessons/walk1"));
 * } catch (FormatException e) {
 *     e.problems().forEach(System.err::println);   // pack.json:4:12: lessons[2]: ...
 * }
 * }</pre>
 */
public final class PackLoader {

    /** The format id of {@code pack.json}. */
    public static final String FORMAT = "archsim.pack/1";
    /** The format id of lesson files. */
    public static final String LESSON_FORMAT = LessonReader.FORMAT;
    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("format", "id", "title", "version", "author",
            "description", "lessons"));
    static final int MAX_LESSONS = 100;

    private PackLoader() {
    }

    /**
     * Loads the pack at {@code pack} (folder or zip).
     *
     * @throws IOException     when the pack itself cannot be opened (missing, unreadable)
     * @throws FormatException with every problem found, located
     */
    public static LessonPack load(Path pack) throws IOException, FormatException {
        PackFiles files = PackFiles.open(pack);
        Problems problems = new Problems();
        String src = files.name("pack.json");
        List<FormatProblem> dups = new ArrayList<>();
        JValue root = Json.parse(src, files.read("pack.json"), dups);
        problems.addAll(dups);
        Fields f = Fields.of(src, root, "", "pack.json", problems);
        if (f == null || !f.format(FORMAT)) {
            problems.throwIfAny();
        }
        f.rejectUnknown(FIELDS, "a pack");
        String id = f.string("id", true);
        if (id != null && !id.matches("[a-z0-9][a-z0-9.-]{0,63}")) {
            f.problem("id", "must be lower-case letters, digits, dots and hyphens (at most 64), was \"" + id + "\"");
        }
        String title = f.string("title", true);
        String version = f.string("version", true);
        String author = f.string("author", true);
        String description = f.string("description", true);
        List<String> refs = f.strings("lessons", true, 1, MAX_LESSONS);
        List<Lesson> lessons = new ArrayList<>();
        Map<String, String> seenIds = new HashMap<>();
        LessonReader reader = new LessonReader(files, problems);
        List<JValue> items = f.array("lessons", false);
        for (int i = 0; refs != null && i < refs.size(); i++) {
            JValue at = items.get(i);
            String where = "lessons[" + i + "]";
            String target;
            String text;
            try {
                target = PackPaths.resolve("pack.json", refs.get(i));
                if (!target.endsWith(".lesson.json")) {
                    throw new IllegalArgumentException("a lesson file's name must end in .lesson.json, was \""
                            + refs.get(i) + "\"");
                }
                text = files.read(target);
            } catch (IllegalArgumentException e) {
                problems.at(src, at, where, e.getMessage());
                continue;
            } catch (FormatException e) {
                problems.at(src, at, where, "cannot use \"" + refs.get(i) + "\": " + e.problems().get(0).message());
                continue;
            }
            Lesson l = reader.read(target, text);
            if (l != null) {
                String prev = seenIds.putIfAbsent(l.id(), refs.get(i));
                if (prev != null) {
                    problems.at(src, at, where, "lesson id \"" + l.id() + "\" is also used by " + prev);
                }
                lessons.add(l);
            }
        }
        problems.throwIfAny();
        return new LessonPack(id, title, version, author, description, lessons, files.source());
    }
}
