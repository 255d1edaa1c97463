package org.archsim.app.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The user's settings, remembered between runs in a {@link Preferences} node: theme, text size, recent files,
 * reduced motion for live runs and the last choices of the compare dialog.
 * Changes are written through at once, so a crash loses nothing. Properties are observable so every open window
 * follows a change made in any of them.
 *
 * <p>Tests pass their own node (see {@link #AppSettings(Preferences)}) so they never touch the user's settings.
 */
public final class AppSettings {

    /** Most recent files kept. */
    public static final int MAX_RECENT = 8;
    /** Smallest and largest text size, in percent of the theme's size. */
    public static final int MIN_TEXT = 80;
    public static final int MAX_TEXT = 200;

    private final Preferences prefs;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final IntegerProperty textScale = new SimpleIntegerProperty(this, "textScale");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty(this, "reducedMotion");
    private final IntegerProperty compareSeconds = new SimpleIntegerProperty(this, "compareSeconds");
    private final StringProperty compareScenario = new SimpleStringProperty(this, "compareScenario");

    /** Settings stored in {@code prefs}. */
    public AppSettings(Preferences prefs) {
        this.prefs = prefs;
        theme.set(prefs.get("theme", "LIGHT").equals("DARK") ? Theme.DARK : Theme.LIGHT);
        textScale.set(clampText(prefs.getInt("textScale", 100)));
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = prefs.get("recent." + i, null);
            if (p != null) {
                recent.add(Path.of(p));
            }
        }
        reducedMotion.set(prefs.getBoolean("reducedMotion", false));
        compareSeconds.set(prefs.getInt("compareSeconds", 60));
        compareScenario.set(prefs.get("compareScenario", ""));
        theme.addListener((o, a, b) -> put("theme", b.name()));
        reducedMotion.addListener((o, a, b) -> put("reducedMotion", b.toString()));
        compareSeconds.addListener((o, a, b) -> put("compareSeconds", b.toString()));
        compareScenario.addListener((o, a, b) -> put("compareScenario", b == null ? "" : b));
        textScale.addListener((o, a, b) -> {
            prefs.putInt("textScale", b.intValue());
            flush();
        });
    }

    /**
     * The settings of the signed-in user. The system property {@code archsim.prefs} names another node, so scripted
     * runs (screenshots, timing) can start from known settings.
     */
    public static AppSettings user() {
        String node = System.getProperty("archsim.prefs", "org/archsim/app");
        return new AppSettings(Preferences.userRoot().node(node));
    }

    /** The current theme. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Live runs draw no moving marks, only per-link rates. */
    public BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }

    /** The compare dialog's last duration, simulated seconds. */
    public IntegerProperty compareSecondsProperty() {
        return compareSeconds;
    }

    /** The compare dialog's last scenario file, or empty for the live run's own scenario. */
    public StringProperty compareScenarioProperty() {
        return compareScenario;
    }

    /** Text size in percent (80–200) of the theme's base size. */
    public IntegerProperty textScaleProperty() {
        return textScale;
    }

    /** Steps the text size by {@code deltaPercent}, staying within the allowed range. */
    public void stepTextScale(int deltaPercent) {
        textScale.set(clampText(textScale.get() + deltaPercent));
    }

    /** Recently opened or saved files, most recent first, read-only. */
    public ObservableList<Path> recentFiles() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    /** Puts {@code file} first in the recent files. */
    public void addRecent(Path file) {
        Path p = file.toAbsolutePath().normalize();
        recent.remove(p);
        recent.add(0, p);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
        saveRecent();
    }

    /** Drops {@code file} from the recent files (for example because it no longer exists). */
    public void removeRecent(Path file) {
        recent.remove(file.toAbsolutePath().normalize());
        saveRecent();
    }

    /** Empties the recent files. */
    public void clearRecent() {
        recent.clear();
        saveRecent();
    }

    private void saveRecent() {
        List<Path> copy = new ArrayList<>(recent);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < copy.size()) {
                prefs.put("recent." + i, copy.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
        flush();
    }

    private void put(String key, String value) {
        prefs.put(key, value);
        flush();
    }

    private void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience: failing to store them must never stop the editor.
        }
    }

    private static int clampText(int percent) {
        return Math.max(MIN_TEXT, Math.min(MAX_TEXT, percent));
    }
}
