package org.archsim.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.archsim.app.export.Fixtures;
import org.archsim.app.settings.AppSettings;
import org.archsim.model.io.ScenarioCodec;
import org.archsim.model.scenario.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare dialog's choices: validated, turned into the scenario both designs run, and remembered. */
class CompareSetupTest {

    private final Preferences prefs = Preferences.userRoot().node("archsim-test/" + UUID.randomUUID());
    private final Path design = Fixtures.repo().resolve("assets/examples/monolith.archsim.json");

    @TempDir
    Path dir;

    @AfterEach
    void drop() throws Exception {
        prefs.removeNode();
    }

    @Test
    void defaultsToSixtySecondsOfTheRunsScenario() throws Exception {
        CompareSetup s = new CompareSetup(new AppSettings(prefs), design);
        assertThat(s.problem()).isEmpty();
        Scenario run = RunViewModel.liveDefault().withSeed(7);
        Scenario chosen = s.scenario(run);
        assertThat(chosen.durationS()).isEqualTo(60);
        assertThat(chosen.warmupS()).isEqualTo(5);
        assertThat(chosen.seed()).isEqualTo(7);
    }

    @Test
    void aChosenDurationAndScenarioFileAreUsedAndRemembered() throws Exception {
        Path file = dir.resolve("busy.scenario.json");
        ScenarioCodec.write(Scenario.defaults().withSeed(42).withDurationS(900), file);
        AppSettings settings = new AppSettings(prefs);
        CompareSetup s = new CompareSetup(settings, design);
        s.secondsProperty().set(20);
        s.scenarioFileProperty().set(file.toString());
        Scenario chosen = s.scenario(RunViewModel.liveDefault());
        assertThat(chosen.durationS()).isEqualTo(20);
        assertThat(chosen.warmupS()).isEqualTo(2); // a tenth of a short run
        assertThat(chosen.seed()).isEqualTo(42);
        s.remember();

        CompareSetup again = new CompareSetup(new AppSettings(prefs), null);
        assertThat(again.secondsProperty().get()).isEqualTo(20);
        assertThat(again.scenarioFileProperty().get()).isEqualTo(file.toString());
        assertThat(again.problem()).contains("Choose a design file to compare with.");

        Files.delete(file); // a remembered file that has gone is forgotten: back to the run's scenario
        assertThat(new CompareSetup(new AppSettings(prefs), design).scenarioFileProperty().get()).isEmpty();
    }

    @Test
    void refusesMissingFilesAndDurationsOutOfRange() {
        CompareSetup s = new CompareSetup(new AppSettings(prefs), dir.resolve("gone.archsim.json"));
        assertThat(s.problem().orElseThrow()).startsWith("No such design file");
        s.designFileProperty().set(design.toString());
        s.scenarioFileProperty().set(dir.resolve("gone.scenario.json").toString());
        assertThat(s.problem().orElseThrow()).startsWith("No such scenario file");
        s.scenarioFileProperty().set("");
        s.secondsProperty().set(CompareSetup.MAX_S + 1);
        assertThat(s.problem().orElseThrow()).contains("between 5 and 3600");
        s.secondsProperty().set(CompareSetup.MIN_S);
        assertThat(s.problem()).isEmpty();
    }
}
