package org.archsim.app.lessons;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.archsim.lessons.Lesson;
import org.archsim.lessons.LessonPack;
import org.archsim.lessons.io.PackLoader;
import org.archsim.lessons.session.LessonProgress;
import org.archsim.lessons.session.PackProgress;
import org.archsim.lessons.session.ProgressStore;
import org.archsim.model.io.FormatException;

/**
 * The lesson browser's model: the bundled packs plus the packs the learner opened from disk (remembered in
 * {@code <dataDir>/lessons/opened-packs.txt}, one path a line, and reopened next time), each with its saved progress
 * ({@link ProgressStore} under the same data folder). A pack opened from disk with the id of one already listed
 * replaces it. {@link #revisionProperty()} ticks on every change, so views redraw completion marks.
 */
public final class LessonLibrary {

    /** One listed pack; {@code origin} is the file or folder it was opened from, or null for a bundled pack. */
    public record Entry(LessonPack pack, Path origin) {
        public boolean bundled() {
            return origin == null;
        }
    }

    /** One row of the browser: a pack heading or a lesson under it, with its text and completion mark. */
    public record Row(String packId, String lessonId, String text, boolean completed) {
        public boolean isPack() {
            return lessonId == null;
        }
    }

    private final Path dataDir;
    private final Supplier<BundledPacks.Result> bundled;
    private final ProgressStore store;
    private final List<Entry> entries = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    /** A library keeping its files under {@code dataDir}, with the bundled packs from {@code bundled}. */
    public LessonLibrary(Path dataDir, Supplier<BundledPacks.Result> bundled) {
        this.dataDir = dataDir;
        this.bundled = bundled;
        this.store = new ProgressStore(dataDir);
    }

    /** (Re)loads the bundled packs and every remembered pack; a remembered pack that no longer loads is skipped. */
    public void reload() {
        entries.clear();
        failures.clear();
        BundledPacks.Result b = bundled.get();
        b.packs().forEach(p -> put(new Entry(p, null)));
        failures.addAll(b.failures());
        for (Path p : remembered()) {
            try {
                put(new Entry(PackLoader.load(p), p));
            } catch (FormatException e) {
                failures.add(p + ": " + e.problems().get(0));
            } catch (IOException e) {
                failures.add(p + ": " + e.getMessage());
            }
        }
        revision.set(revision.get() + 1);
    }

    /**
     * Loads the pack at {@code path} (folder or zip), lists it and remembers it.
     *
     * @throws FormatException with every located problem when the pack is broken
     */
    public LessonPack open(Path path) throws IOException, FormatException {
        Path abs = path.toAbsolutePath().normalize();
        LessonPack pack = PackLoader.load(abs);
        put(new Entry(pack, abs));
        Set<Path> paths = new LinkedHashSet<>(remembered());
        paths.add(abs);
        Files.createDirectories(rememberedFile().getParent());
        Files.write(rememberedFile(), paths.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        revision.set(revision.get() + 1);
        return pack;
    }

    private void put(Entry e) {
        entries.removeIf(x -> x.pack().id().equals(e.pack().id()));
        entries.add(e);
    }

    private Path rememberedFile() {
        return dataDir.resolve("lessons").resolve("opened-packs.txt");
    }

    private List<Path> remembered() {
        try {
            if (!Files.isRegularFile(rememberedFile())) {
                return List.of();
            }
            return Files.readAllLines(rememberedFile(), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(Path::of).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Why some packs are missing (bundled packs that failed to load, remembered packs gone or broken). */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public Optional<LessonPack> pack(String packId) {
        return entries.stream().map(Entry::pack).filter(p -> p.id().equals(packId)).findFirst();
    }

    /** The saved progress of {@code packId} (empty progress when none, or when the saved file is damaged). */
    public PackProgress progress(String packId) {
        try {
            return store.load(packId);
        } catch (IOException | IllegalArgumentException e) {
            return new PackProgress(packId, java.util.Map.of());
        }
    }

    /** Saves one lesson's progress into its pack's file. */
    public void save(String packId, LessonProgress p) throws IOException {
        store.save(progress(packId).with(p));
        revision.set(revision.get() + 1);
    }

    /** Writes the progress of {@code packId} to {@code file}. */
    public void exportProgress(String packId, Path file) throws IOException {
        ProgressStore.exportTo(progress(packId), file);
    }

    /**
     * Reads progress exported earlier and makes it the saved progress of its pack, which must be listed.
     *
     * @return the imported progress
     * @throws IOException when the file is not progress, or belongs to a pack that is not listed
     */
    public PackProgress importProgress(Path file) throws IOException {
        PackProgress p = ProgressStore.importFrom(file);
        if (pack(p.packId()).isEmpty()) {
            throw new IOException(file + ": progress of pack \"" + p.packId() + "\", which is not open; open the pack"
                    + " first");
        }
        store.save(p);
        revision.set(revision.get() + 1);
        return p;
    }

    /** The browser rows: each pack ("title — 3 of 7 done") followed by its lessons, completed ones marked ✓. */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (Entry e : entries) {
            LessonPack pack = e.pack();
            PackProgress prog = progress(pack.id());
            long done = pack.lessons().stream().filter(l -> prog.of(l.id()).completed()).count();
            out.add(new Row(pack.id(), null, pack.title() + " — " + done + " of " + pack.lessons().size() + " done"
                    + (e.bundled() ? "" : " (opened from " + e.origin().getFileName() + ")"), done == pack.lessons()
                    .size()));
            int i = 1;
            for (Lesson l : pack.lessons()) {
                boolean c = prog.of(l.id()).completed();
                out.add(new Row(pack.id(), l.id(), (c ? "✓ " : "○ ") + i++ + ". " + l.title(), c));
            }
        }
        return out;
    }
}
