package org.archsim.lessons.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.archsim.model.io.FormatException;
import org.archsim.model.io.FormatProblem;

/**
 * Read access to the files of one pack — a folder or a {@code .zip} — with caps: at most {@value #MAX_FILE_BYTES}
 * bytes per file, {@value #MAX_FILES} files read and {@value #MAX_TOTAL_BYTES} bytes in all; a zip may hold at most
 * {@value #MAX_ZIP_ENTRIES} entries. Zip entries that would leave the pack (zip-slip names) make the whole zip refused;
 * in a folder, a file reached through a symbolic link that points outside the pack is refused.
 */
final class PackFiles {

    static final int MAX_FILE_BYTES = 1024 * 1024;
    /** Files one lesson may read: its lesson file, introduction, start and solution designs, and scenario file. */
    static final int FILES_PER_LESSON = 5;
    /**
     * Enough for {@code pack.json} and the largest pack the loader accepts ({@link PackLoader#MAX_LESSONS} lessons each
     * reading {@link #FILES_PER_LESSON} files), so a pack within the lesson cap never meets the file cap; it stays as
     * a guard on reads.
     */
    static final int MAX_FILES = 1 + PackLoader.MAX_LESSONS * FILES_PER_LESSON;
    static final long MAX_TOTAL_BYTES = 16L * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 2000;

    private final Path root;
    private final Map<String, byte[]> zip;
    private int files;
    private long total;

    private PackFiles(Path root, Map<String, byte[]> zip) {
        this.root = root;
        this.zip = zip;
    }

    /** Opens a pack folder or zip; a zip is read whole (within the caps) and checked for unsafe entry names. */
    static PackFiles open(Path pack) throws IOException, FormatException {
        if (Files.isDirectory(pack)) {
            return new PackFiles(pack.toRealPath(), null);
        }
        if (!Files.isRegularFile(pack)) {
            throw new NoSuchFileException(pack.toString());
        }
        return new PackFiles(pack, readZip(pack));
    }

    private static Map<String, byte[]> readZip(Path pack) throws IOException, FormatException {
        String src = pack.toString();
        Map<String, byte[]> out = new HashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(pack), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw fail(src, "", "the zip holds more than " + MAX_ZIP_ENTRIES + " entries");
                }
                String why = PackPaths.refusal(e.getName());
                if (why != null) {
                    throw fail(src, e.getName(), "unsafe zip entry, the pack is refused: " + why);
                }
                if (e.isDirectory()) {
                    continue;
                }
                byte[] data = readCapped(in, src + "!/" + e.getName());
                total += data.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw fail(src, "", "the zip unpacks to more than " + MAX_TOTAL_BYTES + " bytes");
                }
                out.put(e.getName(), data);
            }
        } catch (java.util.zip.ZipException e) {
            throw fail(src, "", "not a readable zip file: " + e.getMessage());
        }
        if (!out.containsKey("pack.json")) {
            // A zip of the folder itself holds "name/pack.json"; accept one top folder.
            String top = out.keySet().stream().filter(k -> k.endsWith("/pack.json") && k.indexOf('/') == k.length() - 10)
                    .findFirst().map(k -> k.substring(0, k.length() - 9)).orElse(null);
            if (top != null) {
                Map<String, byte[]> inner = new HashMap<>();
                out.forEach((k, v) -> {
                    if (k.startsWith(top)) {
                        inner.put(k.substring(top.length()), v);
                    }
                });
                return inner;
            }
        }
        return out;
    }

    private static byte[] readCapped(InputStream in, String name) throws IOException, FormatException {
        byte[] data = in.readNBytes(MAX_FILE_BYTES + 1);
        if (data.length > MAX_FILE_BYTES) {
            throw fail(name, "", "the file is larger than " + MAX_FILE_BYTES + " bytes, the cap for a pack file");
        }
        return data;
    }

    private static FormatException fail(String file, String path, String message) {
        return new FormatException(new FormatProblem(file, 1, 1, path, message));
    }

    /** The name problems in {@code rel} are reported under: a real path for folders, {@code pack.zip!/rel} for zips. */
    String name(String rel) {
        return zip != null ? root + "!/" + rel : root.resolve(rel).toString();
    }

    /** The pack itself, for messages. */
    String source() {
        return root.toString();
    }

    /**
     * The text of pack file {@code rel} (strict UTF-8).
     *
     * @throws FormatException located at the file when it is missing, outside the pack, too large or not text
     */
    String read(String rel) throws FormatException {
        if (++files > MAX_FILES) {
            throw fail(name(rel), "", "the pack reads more than " + MAX_FILES + " files, the cap for a pack");
        }
        byte[] data = zip != null ? zipFile(rel) : folderFile(rel);
        total += data.length;
        if (total > MAX_TOTAL_BYTES) {
            throw fail(name(rel), "", "the pack's files add up to more than " + MAX_TOTAL_BYTES + " bytes");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw fail(name(rel), "", "not a UTF-8 text file");
        }
    }

    private byte[] zipFile(String rel) throws FormatException {
        byte[] data = zip.get(rel);
        if (data == null) {
            throw fail(name(rel), "", "no such file in the pack");
        }
        return data;
    }

    private byte[] folderFile(String rel) throws FormatException {
        Path file = root.resolve(rel);
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
                throw fail(name(rel), "", "no such file in the pack");
            }
            Path real = file.toRealPath();
            if (!real.startsWith(root)) {
                throw fail(name(rel), "", "the file is a link to " + real + ", outside the pack; packs must be "
                        + "self-contained");
            }
            if (!Files.isRegularFile(real)) {
                throw fail(name(rel), "", "not a regular file");
            }
            if (Files.size(real) > MAX_FILE_BYTES) {
                throw fail(name(rel), "", "the file is " + Files.size(real) + " bytes; the cap for a pack file is "
                        + MAX_FILE_BYTES);
            }
            try (InputStream in = Files.newInputStream(real)) {
                return readCapped(in, name(rel));
            }
        } catch (NoSuchFileException e) {
            throw fail(name(rel), "", "no such file in the pack");
        } catch (IOException e) {
            throw fail(name(rel), "", "cannot read the file: " + e.getMessage());
        }
    }
}
