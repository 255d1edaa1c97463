package org.archsim.lessons.session;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps learner progress per pack as one small JSON file ({@code archsim.progress/1}) in a data folder the caller
 * chooses ({@code <dataDir>/progress/<packId>.json}), and exports/imports the same format to any file. Writes are
 * atomic (temporary file, then rename). A missing file means no progress; a damaged one is an {@link IOException}.
 */
public final class ProgressStore {

    /** The format id of progress files. */
    public static final String FORMAT = "archsim.progress/1";
    private static final JsonFactory JSON = new JsonFactory();
    private static final long MAX_BYTES = 1024 * 1024;

    private final Path dir;

    /** A store under {@code dataDir} (created on first save). */
    public ProgressStore(Path dataDir) {
        this.dir = dataDir.resolve("progress");
    }

    /** The saved progress of {@code packId}, or empty progress. */
    public PackProgress load(String packId) throws IOException {
        Path f = fileOf(packId);
        return Files.exists(f) ? importFrom(f) : new PackProgress(packId, Map.of());
    }

    /** Saves {@code p}, replacing what was saved for its pack. */
    public void save(PackProgress p) throws IOException {
        Files.createDirectories(dir);
        exportTo(p, fileOf(p.packId()));
    }

    private Path fileOf(String packId) {
        if (!packId.matches("[a-z0-9][a-z0-9.-]{0,63}") || packId.contains("..")) {
            throw new IllegalArgumentException("not a pack id: " + packId);
        }
        return dir.resolve(packId + ".json");
    }

    /** Writes {@code p} to {@code file} atomically. */
    public static void exportTo(PackProgress p, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("pack", p.packId());
            g.writeObjectFieldStart("lessons");
            for (LessonProgress l : p.lessons().values()) {
                g.writeObjectFieldStart(l.lessonId());
                g.writeBooleanField("completed", l.completed());
                g.writeNumberField("hintsRevealed", l.hintsRevealed());
                if (l.prediction() != null) {
                    g.writeNumberField("prediction", l.prediction());
                }
                g.writeNumberField("attempts", l.attempts());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        Path parent = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(parent, ".progress", ".tmp");
        Files.write(tmp, bytes.toByteArray());
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads progress exported by {@link #exportTo(PackProgress, Path)}; anything else is an {@link IOException}. */
    public static PackProgress importFrom(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + ": not a progress file (larger than " + MAX_BYTES + " bytes)");
        }
        try (JsonParser p = JSON.createParser(Files.readAllBytes(file))) {
            String format = null;
            String pack = null;
            Map<String, LessonProgress> lessons = new LinkedHashMap<>();
            expect(p, JsonToken.START_OBJECT, file);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                switch (key) {
                    case "format" -> format = p.getValueAsString();
                    case "pack" -> pack = p.getValueAsString();
                    case "lessons" -> readLessons(p, lessons, file);
                    default -> throw bad(file, p, "unknown field \"" + key + "\"");
                }
            }
            if (!FORMAT.equals(format) || pack == null) {
                throw new IOException(file + ": not a progress file (expected \"format\": \"" + FORMAT + "\" and a pack)");
            }
            return new PackProgress(pack, lessons);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + ": not a progress file: " + e.getOriginalMessage(), e);
        }
    }

    private static void readLessons(JsonParser p, Map<String, LessonProgress> out, Path file) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw bad(file, p, "lessons must be an object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String id = p.currentName();
            expect(p, JsonToken.START_OBJECT, file);
            boolean completed = false;
            int hints = 0;
            Integer prediction = null;
            int attempts = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                switch (key) {
                    case "completed" -> completed = p.getBooleanValue();
                    case "hintsRevealed" -> hints = Math.max(0, p.getIntValue());
                    case "prediction" -> prediction = p.getIntValue();
                    case "attempts" -> attempts = Math.max(0, p.getIntValue());
                    default -> throw bad(file, p, "unknown field \"" + key + "\" in lesson " + id);
                }
            }
            out.put(id, new LessonProgress(id, completed, hints, prediction, attempts));
        }
    }

    private static void expect(JsonParser p, JsonToken t, Path file) throws IOException {
        if (p.nextToken() != t) {
            throw bad(file, p, "expected " + t);
        }
    }

    private static IOException bad(Path file, JsonParser p, String why) {
        return new IOException(file + ":" + p.currentLocation().getLineNr() + ":" + p.currentLocation().getColumnNr()
                + ": not a progress file: " + why);
    }
}
