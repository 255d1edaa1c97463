package org.archsim.app.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.archsim.app.settings.AppSettings;
import org.archsim.model.io.FormatException;
import org.archsim.model.io.ScenarioCodec;
import org.archsim.model.scenario.Scenario;

/**
 * What the compare dialog asks before it runs: the design file to compare with, the scenario (the live run's own, or
 * a scenario file) and how many simulated seconds to run. The duration and the scenario choice are remembered in the
 * settings for next time. No JavaFX controls here, so it is tested on its own.
 */
final class CompareSetup {

    /** Shortest and longest comparison, simulated seconds. */
    static final int MIN_S = 5;
    static final int MAX_S = 3600;

    private final AppSettings settings;
    private final StringProperty designFile = new SimpleStringProperty(this, "designFile", "");
    private final StringProperty scenarioFile = new SimpleStringProperty(this, "scenarioFile", "");
    private final IntegerProperty seconds = new SimpleIntegerProperty(this, "seconds");

    /** Starts from the remembered choices; {@code design} (may be null) is offered as the design to compare with. */
    CompareSetup(AppSettings settings, Path design) {
        this.settings = settings;
        seconds.set(clamp(settings.compareSecondsProperty().get()));
        String remembered = settings.compareScenarioProperty().get();
        scenarioFile.set(remembered != null && !remembered.isBlank() && Files.isRegularFile(Path.of(remembered))
                ? remembered : "");
        designFile.set(design == null ? "" : design.toString());
    }

    StringProperty designFileProperty() {
        return designFile;
    }

    /** A scenario file, or empty for the live run's scenario. */
    StringProperty scenarioFileProperty() {
        return scenarioFile;
    }

    IntegerProperty secondsProperty() {
        return seconds;
    }

    /** Why the comparison cannot run yet, if it cannot. */
    Optional<String> problem() {
        String d = designFile.get().strip();
        if (d.isEmpty()) {
            return Optional.of("Choose a design file to compare with.");
        }
        if (!Files.isRegularFile(Path.of(d))) {
            return Optional.of("No such design file: " + d);
        }
        String s = scenarioFile.get().strip();
        if (!s.isEmpty() && !Files.isRegularFile(Path.of(s))) {
            return Optional.of("No such scenario file: " + s);
        }
        if (seconds.get() < MIN_S || seconds.get() > MAX_S) {
            return Optional.of("Run between " + MIN_S + " and " + MAX_S + " simulated seconds.");
        }
        return Optional.empty();
    }

    /**
     * The scenario both designs run: the chosen one ({@code runScenario} unless a file was chosen) cut to the chosen
     * duration, with a warm-up of a tenth of it, at most 5 s.
     */
    Scenario scenario(Scenario runScenario) throws IOException, FormatException {
        String s = scenarioFile.get().strip();
        Scenario base = s.isEmpty() ? runScenario : ScenarioCodec.read(Path.of(s));
        return base.withDurationS(seconds.get()).withWarmupS(warmupS(seconds.get()));
    }

    static double warmupS(int seconds) {
        return Math.min(5, seconds / 10.0);
    }

    /** Keeps the duration and the scenario choice for the next comparison. */
    void remember() {
        settings.compareSecondsProperty().set(seconds.get());
        settings.compareScenarioProperty().set(scenarioFile.get().strip());
    }

    private static int clamp(int s) {
        return Math.max(MIN_S, Math.min(MAX_S, s));
    }
}
