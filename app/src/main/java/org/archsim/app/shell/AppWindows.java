package org.archsim.app.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import java.util.function.Function;
import org.archsim.app.editor.ClipboardPort;
import org.archsim.app.files.FileDialogs;
import org.archsim.app.files.FxFileDialogs;
import org.archsim.app.settings.AppSettings;

/**
 * The open windows of the app and what they share: the settings (a theme or text-size change reaches every window),
 * the system clipboard (so parts copy between windows), and quitting (every window asks about its unsaved work).
 */
public final class AppWindows {

    private final AppSettings settings;
    private final ClipboardPort clipboard;
    private final List<MainWindow> windows = new ArrayList<>();
    private Function<Stage, FileDialogs> dialogs = FxFileDialogs::new;

    /** The windows of an app using {@code settings}; installs the base theme and follows its changes. */
    public AppWindows(AppSettings settings) {
        this(settings, new SystemClipboard());
    }

    /** As {@link #AppWindows(AppSettings)} with another clipboard (tests). */
    public AppWindows(AppSettings settings, ClipboardPort clipboard) {
        this.settings = settings;
        this.clipboard = clipboard;
        Application.setUserAgentStylesheet(settings.themeProperty().get().userAgentStylesheet());
        settings.themeProperty().addListener((o, a, b) -> Application.setUserAgentStylesheet(b.userAgentStylesheet()));
    }

    /** Opens a window on {@code stage}, with {@code file} if not null, and shows it. */
    public MainWindow open(Stage stage, Path file) {
        MainWindow w = new MainWindow(this, stage);
        windows.add(w);
        stage.show();
        if (file != null) {
            w.openAndFit(file);
        }
        w.canvas().requestFocus();
        return w;
    }

    /**
     * As {@link #open(Stage, Path)}, but reads and fits {@code file} only after the window's first frame, so the
     * window appears before the design is read (startup: reading, checking and laying out a design is a tenth of a
     * second the learner no longer waits for on a blank screen). {@code then} runs after the design is open (or right
     * after the first frame when {@code file} is null); work queued with {@code Platform.runLater} afterwards runs
     * after it too.
     */
    public MainWindow openAfterFirstFrame(Stage stage, Path file, Runnable then) {
        MainWindow w = open(stage, null);
        Scene scene = stage.getScene();
        // The pulse lays out and renders the empty window; the design is opened on the event after it.
        // The listener is removed on that event, not during the pulse, whose listener list must not change meanwhile.
        Runnable[] once = new Runnable[1];
        boolean[] fired = new boolean[1];
        once[0] = () -> {
            if (fired[0]) {
                return;
            }
            fired[0] = true;
            Platform.runLater(() -> {
                scene.removePostLayoutPulseListener(once[0]);
                if (file != null) {
                    w.openAndFit(file);
                }
                then.run();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        return w;
    }

    /** Opens a new window, with {@code file} if not null. */
    public MainWindow openWindow(Path file) {
        Stage stage = new Stage();
        if (!windows.isEmpty()) {
            Stage last = windows.get(windows.size() - 1).stage();
            stage.setX(last.getX() + 32);
            stage.setY(last.getY() + 32);
        }
        return open(stage, file);
    }

    /** Closes every window, each asking about its unsaved work; stops at the first the learner keeps open. */
    public void quit() {
        for (MainWindow w : List.copyOf(windows)) {
            if (!w.close()) {
                return;
            }
        }
        Platform.exit();
    }

    /** The open windows, oldest first. */
    public List<MainWindow> windows() {
        return List.copyOf(windows);
    }

    /** Replaces how windows ask file questions (tests answer the file choosers themselves). */
    public void setDialogs(Function<Stage, FileDialogs> factory) {
        dialogs = factory;
    }

    FileDialogs dialogsFor(Stage stage) {
        return dialogs.apply(stage);
    }

    AppSettings settings() {
        return settings;
    }

    ClipboardPort clipboard() {
        return clipboard;
    }

    void closed(MainWindow w) {
        windows.remove(w);
    }
}
