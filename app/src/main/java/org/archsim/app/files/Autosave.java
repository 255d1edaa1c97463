package org.archsim.app.files;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.io.FormatException;

/**
 * Keeps a copy of one window's unsaved work in the data folder, so a crash or a kill loses at most one interval
 * (the window runs {@link #run} every 30 s). Each window writes its own pair of files, named after the process id and a
 * window number: the design ({@code .archsim.json}) and what it belongs to ({@code .properties}: original file,
 * time). A clean document has no autosave. At start, copies left by processes that no longer run are offered for
 * recovery ({@link #orphans}).
 */
public final class Autosave {

    /** Seconds between autosaves. */
    public static final int INTERVAL_SECONDS = 30;

    private static final String PREFIX = "autosave-";
    private static final AtomicInteger WINDOWS = new AtomicInteger();

    /** A copy left behind by an earlier run. */
    public record Recovery(Path design, Path meta, Path origin, String designName, Instant savedAt) {
    }

    private final Path dir;
    private final Path designFile;
    private final Path metaFile;

    /** The autosave of a new window of this process, in {@code dir}. */
    public Autosave(Path dir) {
        this.dir = dir;
        String base = PREFIX + ProcessHandle.current().pid() + "-" + WINDOWS.incrementAndGet();
        this.designFile = dir.resolve(base + DocumentViewModel.EXTENSION);
        this.metaFile = dir.resolve(base + ".properties");
    }

    /** Writes the document's design when it has unsaved work, and removes the copy when it has none. */
    public void run(DocumentViewModel doc) throws IOException {
        if (!doc.isDirty()) {
            discard();
            return;
        }
        Files.createDirectories(dir);
        DesignCodec.write(doc.editor().design(), designFile);
        Properties p = new Properties();
        Path origin = doc.pathProperty().get();
        p.setProperty("origin", origin == null ? "" : origin.toString());
        p.setProperty("name", doc.editor().design().name());
        p.setProperty("savedAt", Instant.now().toString());
        try (Writer w = Files.newBufferedWriter(metaFile, StandardCharsets.UTF_8)) {
            p.store(w, "ArchSim autosave");
        }
    }

    /** Removes this window's copy (after a save, or when the window closes cleanly). */
    public void discard() {
        try {
            Files.deleteIfExists(designFile);
            Files.deleteIfExists(metaFile);
        } catch (IOException e) {
            // A stale autosave is offered once at the next start and can be dismissed; nothing to do here.
        }
    }

    /** The path of this window's design copy (for tests). */
    Path designFile() {
        return designFile;
    }

    /** Copies in {@code dir} whose process is gone, newest first. */
    public static List<Recovery> orphans(Path dir) {
        List<Recovery> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*.properties")) {
            for (Path meta : files) {
                String base = meta.getFileName().toString().replace(".properties", "");
                Path design = dir.resolve(base + DocumentViewModel.EXTENSION);
                if (Files.exists(design) && !alive(base)) {
                    out.add(recovery(design, meta));
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort((a, b) -> b.savedAt().compareTo(a.savedAt()));
        return out;
    }

    /** Reads the design of a recovery. */
    public static Design read(Recovery r) throws IOException, FormatException {
        return DesignCodec.read(r.design());
    }

    /** Deletes a recovery's files (taken or declined). */
    public static void delete(Recovery r) {
        try {
            Files.deleteIfExists(r.design());
            Files.deleteIfExists(r.meta());
        } catch (IOException e) {
            // Left for the next start.
        }
    }

    private static Recovery recovery(Path design, Path meta) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String origin = p.getProperty("origin", "");
        Instant at;
        try {
            at = Instant.parse(p.getProperty("savedAt", ""));
        } catch (RuntimeException e) {
            at = Files.getLastModifiedTime(design).toInstant();
        }
        return new Recovery(design, meta, origin.isEmpty() ? null : Path.of(origin), p.getProperty("name", "Untitled"),
                at);
    }

    private static boolean alive(String base) {
        String[] parts = base.substring(PREFIX.length()).split("-");
        try {
            long pid = Long.parseLong(parts[0]);
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
