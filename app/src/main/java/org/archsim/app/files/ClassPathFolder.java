package org.archsim.app.files;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder of bundled assets on the class path as an ordinary folder. In a development build it is a plain directory
 * and is used in place; inside the app jar it is copied to a temporary folder first, because the loaders read
 * ordinary folders and their safety checks (real paths, symbolic links) are defined for those.
 */
public final class ClassPathFolder {

    private ClassPathFolder() {
    }

    /** The class-path folder {@code root} (e.g. {@code /assets/practice/}), or empty when it is not there. */
    public static Optional<Path> resolve(String root) throws IOException {
        URL url = ClassPathFolder.class.getResource(root);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            return Optional.of("jar".equals(uri.getScheme()) ? copyOut(jarFileSystem(uri).getPath(root))
                    : Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IOException(root + ": " + e.getMessage(), e);
        }
    }

    /** The zip file system of the jar {@code uri} points into. */
    public static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    /** Copies a folder (e.g. out of the jar) into a fresh temporary folder, removed when the app exits. */
    public static Path copyOut(Path dir) throws IOException {
        Path target = Files.createTempDirectory("archsim-bundled-");
        target.toFile().deleteOnExit();   // registered first, so deleted last, after its files
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.toList();
        }
        for (Path p : all) {
            Path to = target.resolve(dir.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(to);
            } else {
                Files.copy(p, to);
            }
            to.toFile().deleteOnExit();
        }
        return target;
    }
}
