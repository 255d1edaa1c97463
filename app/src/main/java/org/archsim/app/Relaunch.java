package org.archsim.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens the window in a second JVM started with the options a quick start needs, when the app was launched the plain
 * way: {@code java [-Dkey=value ...] -jar archsim.jar [design]}. A {@code java -jar} command cannot choose JVM options,
 * and on a two-core machine the two that matter most made most of the startup time: without an application
 * class-data archive (AppCDS) every class is read from the jar, parsed and verified, and the JIT compilers' work on
 * startup code competes with the thread that builds the window (see docs/performance.md, startup round 4). The
 * launching JVM waits for the window's JVM, passes its exit code on, and stops it when it is stopped itself.
 *
 * <p>The archive is recorded by the first such launch when its window closes (the JVM's
 * {@code -XX:ArchiveClassesAtExit}, into a file of its own, renamed into place once complete) and used by every later
 * one; it is kept in {@code ~/.cache/archsim/} (or {@code $XDG_CACHE_HOME/archsim/}) under a name that changes with
 * the jar and the Java runtime, so a rebuilt jar or another JDK records a new one and the old ones are deleted.
 *
 * <p>Nothing changes for any other launch: {@code -Darchsim.relaunch=false}, a subcommand, JVM options other than
 * system properties (a debugger or profiler agent, heap sizes), {@code JAVA_TOOL_OPTIONS} or
 * {@code JDK_JAVA_OPTIONS} in the environment, a runtime other than HotSpot, a launch not from the jar (tests,
 * {@code mvn javafx:run}), or a cache folder that cannot be written: the window then opens in this JVM, as before.
 */
final class Relaunch {

    /** Set (to false) for the window's JVM, so that it does not hand over again; also the way to turn this off. */
    static final String PROPERTY = "archsim.relaunch";
    /** When the launching JVM started (epoch ms), for the startup clock; passed only when the clock is on. */
    static final String LAUNCHED_AT = "archsim.launchedAt";
    /** How the names of this class's archives (and of their recordings in progress) begin. */
    static final String ARCHIVE_PREFIX = "archsim-jar-";

    /**
     * JIT options of the window's JVM: the optimising compiler (C2) waits for code ten times hotter than by default.
     * At startup it otherwise spent more CPU than any thread but the one building the window, on code that runs for
     * a moment only; code that stays hot (a simulation, the live view's drawing) still gets there within a second or
     * two and runs as fast as before. (Only the first tier, as {@code scripts/archsim} does, starts quicker still but
     * leaves long simulations about 30 % slower.)
     */
    static final List<String> JIT = List.of("-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000",
            "-XX:Tier4BackEdgeThreshold=400000");

    private Relaunch() {
    }

    /**
     * Hands the window over to a second JVM if this launch qualifies; then never returns (this JVM exits with the
     * window's exit code). Returns false, having done nothing, when the window should open in this JVM.
     */
    static boolean handOver(String[] args) {
        if (!"true".equals(System.getProperty(PROPERTY, "true"))
                || !hotSpot(System.getProperty("java.vm.name", ""))
                || !blank(System.getenv("JAVA_TOOL_OPTIONS")) || !blank(System.getenv("JDK_JAVA_OPTIONS"))) {
            return false;
        }
        Optional<Path> jar = ownJar();
        Optional<String[]> cmdline = ProcessHandle.current().info().arguments();
        if (jar.isEmpty() || cmdline.isEmpty()) {
            return false;
        }
        Optional<List<String>> props = plainForm(List.of(cmdline.get()), jar.get());
        Optional<Path> archive = props.flatMap(p -> archiveFor(jar.get()));
        if (archive.isEmpty()) {
            return false;
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java");
        boolean record = !Files.isRegularFile(archive.get());
        // Recorded into a file of this launch's own, so two first launches at once cannot write into one file.
        Path recording = archive.get().resolveSibling(archive.get().getFileName() + "."
                + ProcessHandle.current().pid());
        List<String> options = new ArrayList<>(props.get());
        if (StartupTiming.enabled()) {
            options.add("-D" + LAUNCHED_AT + "=" + StartupTiming.jvmStart());
        }
        List<String> command = childCommand(java, options, record ? recording : archive.get(), record, jar.get(),
                List.of(args));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return false;
        }
        // Stopped itself (a signal, a logout), this JVM stops the window's JVM too; after that has ended, a no-op.
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "archsim-relaunch-stop"));
        int code = waitFor(child);
        if (record) {
            keepRecording(recording, archive.get(), code);
        }
        System.exit(code);
        return true;
    }

    /**
     * The system-property options of a command line of the plain form {@code [-Dkey=value ...] -jar JAR [args ...]}
     * with JAR being {@code jar}; empty for any other form (other JVM options, another jar, no {@code -jar}).
     *
     * @param arguments the command line after the {@code java} program, as the operating system reports it
     */
    static Optional<List<String>> plainForm(List<String> arguments, Path jar) {
        List<String> props = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            if (a.equals("-jar")) {
                return i + 1 < arguments.size() && sameFile(Path.of(arguments.get(i + 1)), jar)
                        ? Optional.of(props) : Optional.empty();
            }
            if (!a.startsWith("-D")) {
                return Optional.empty();
            }
            props.add(a);
        }
        return Optional.empty();
    }

    /**
     * The window JVM's command: {@code java}, the launch's system properties, the archive to record into or to use,
     * the JIT options, then {@code -jar jar args}.
     */
    static List<String> childCommand(Path java, List<String> options, Path archive, boolean record, Path jar,
            List<String> args) {
        List<String> c = new ArrayList<>();
        c.add(java.toString());
        c.addAll(options);
        c.add("-D" + PROPERTY + "=false");
        if (record) {
            c.add("-XX:ArchiveClassesAtExit=" + archive);
        } else {
            c.add("-XX:SharedArchiveFile=" + archive);
            // Use the archive when it fits and go on without it when it does not (another JDK build, a moved jar).
            c.add("-Xshare:auto");
        }
        // The JVM reports classes it cannot archive and archive mismatches on the console: not the user's concern.
        c.add("-Xlog:cds=off");
        c.add("-Xlog:cds+dynamic=off");
        c.addAll(JIT);
        c.add("-jar");
        c.add(jar.toString());
        c.addAll(args);
        return c;
    }

    /**
     * The archive file for {@code jar} on this Java runtime, in a cache folder that exists or could be made; empty
     * when there is none. The name depends on the jar's path, size and modification time and on the runtime.
     */
    static Optional<Path> archiveFor(Path jar) {
        try {
            String cacheHome = System.getenv("XDG_CACHE_HOME");
            Path dir = (blank(cacheHome) ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(cacheHome))
                    .resolve("archsim");
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                return Optional.empty();
            }
            String key = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                    + "|" + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version");
            return Optional.of(dir.resolve(archiveName(key)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The archive's file name for a key; stale archives and recordings are recognised by {@link #ARCHIVE_PREFIX}. */
    static String archiveName(String key) {
        return ARCHIVE_PREFIX + Integer.toHexString(key.hashCode()) + ".jsa";
    }

    /** Moves a complete recording into place and deletes the archives of earlier jars; drops a failed one. */
    private static void keepRecording(Path recording, Path archive, int exitCode) {
        try {
            if (exitCode == 0 && Files.isRegularFile(recording)) {
                Files.move(recording, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                // Archives of earlier jars, and recordings that never finished (a session that was killed); not the
                // archive of scripts/archsim, which lives in the same folder under another name.
                try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), ARCHIVE_PREFIX + "*")) {
                    for (Path p : old) {
                        if (!p.equals(archive)) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            } else {
                Files.deleteIfExists(recording);
            }
        } catch (IOException | RuntimeException e) {
            // Only a quicker next start is lost; the next launch records again.
        }
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // Keep waiting: the window's JVM decides when the app ends.
            }
        }
    }

    /** The jar this class was loaded from; empty when it was not loaded from a jar (classes folder, module image). */
    private static Optional<Path> ownJar() {
        try {
            var source = Relaunch.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** HotSpot (Oracle's and OpenJDK builds' VM name), whose archive and JIT options are used here. */
    static boolean hotSpot(String vmName) {
        return vmName.contains("HotSpot") || vmName.startsWith("OpenJDK");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
