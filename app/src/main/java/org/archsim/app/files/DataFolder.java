package org.archsim.app.files;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps its own files (autosaves): the system property {@code archsim.dataDir} if set (tests and
 * scripted runs), else the platform's usual place for per-user application data.
 */
public final class DataFolder {

    private DataFolder() {
    }

    /** The data folder (not created here). */
    public static Path path() {
        String override = System.getProperty("archsim.dataDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "ArchSim");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "ArchSim");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("archsim");
    }
}
