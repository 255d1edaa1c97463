package org.archsim.app.practice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.archsim.app.files.ClassPathFolder;
import org.archsim.lessons.io.PracticeLoader;
import org.archsim.lessons.practice.PracticeProblem;
import org.archsim.model.io.FormatException;

/** The interview problems shipped under {@code /assets/practice/} on the class path, loaded once. */
public final class BundledProblems {

    static final String ROOT = "/assets/practice/";
    private static List<PracticeProblem> cached;

    private BundledProblems() {
    }

    /** Every bundled problem, in file-name order; a broken bundle is a build error, reported with its locations. */
    public static synchronized List<PracticeProblem> all() throws IOException, FormatException {
        if (cached == null) {
            Optional<Path> dir = ClassPathFolder.resolve(ROOT);
            if (dir.isEmpty()) {
                throw new IOException("no bundled practice problems on the class path (" + ROOT + ")");
            }
            cached = List.copyOf(PracticeLoader.loadFolder(dir.get()));
        }
        return cached;
    }

    /** The bundled problem {@code id}. */
    public static Optional<PracticeProblem> byId(String id) throws IOException, FormatException {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
