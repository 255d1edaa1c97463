package org.archsim.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.archsim.app.export.Fixtures;
import org.archsim.model.io.ScenarioCodec;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;
import org.archsim.model.scenario.LoadStep;
import org.archsim.model.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run strip's scenario name, from the view-model without a Stage: default, a file's name, back to default. */
class RunViewModelScenarioTest {

    @TempDir
    Path dir;

    private final RunViewModel vm = new RunViewModel(() -> Fixtures.example("monolith"), Runnable::run);

    private static final Scenario OUTAGE = new Scenario(60, 2, 7, List.of(new LoadStep(0, 1), new LoadStep(30, 2)),
            List.of(Fault.of(20, FaultType.CRASH, "db").withDurationS(10.0), Fault.of(40, FaultType.CRASH, "app")));

    @Test
    void namesTheDefaultAFileAndTheDefaultAgain() throws Exception {
        assertThat(vm.scenarioNameProperty().get()).isEqualTo("default scenario");
        assertThat(vm.defaultScenarioProperty().get()).isTrue();
        assertThat(vm.scenarioFileProperty().get()).isNull();
        assertThat(RunViewModel.summary(vm.scenarioProperty().get()))
                .isEqualTo("600 s, 2 s warm-up, seed 1, no faults");

        Path file = dir.resolve("orders-outage.scenario.json");
        ScenarioCodec.write(OUTAGE, file);
        vm.loadScenario(file);
        assertThat(vm.scenarioProperty().get()).isEqualTo(OUTAGE);
        assertThat(vm.scenarioNameProperty().get()).isEqualTo("orders-outage");
        assertThat(vm.scenarioFileProperty().get()).isEqualTo(file);
        assertThat(vm.defaultScenarioProperty().get()).isFalse();
        assertThat(RunViewModel.summary(OUTAGE)).isEqualTo("60 s, 2 s warm-up, seed 7, 2 faults, 2 load steps");

        vm.useDefaultScenario();
        assertThat(vm.scenarioProperty().get()).isEqualTo(RunViewModel.liveDefault());
        assertThat(vm.scenarioNameProperty().get()).isEqualTo("default scenario");
        assertThat(vm.scenarioFileProperty().get()).isNull();
        assertThat(vm.defaultScenarioProperty().get()).isTrue();
    }

    @Test
    void aFileThatDoesNotReadChangesNothing() throws Exception {
        Path good = dir.resolve("a.scenario.json");
        ScenarioCodec.write(OUTAGE, good);
        vm.loadScenario(good);
        Path bad = dir.resolve("broken.scenario.json");
        Files.writeString(bad, "{\"format\": \"archsim.scenario/1\", \"durationS\": -4}");
        assertThatThrownBy(() -> vm.loadScenario(bad)).hasMessageContaining("broken.scenario.json");
        assertThat(vm.scenarioNameProperty().get()).isEqualTo("a");
        assertThat(vm.scenarioProperty().get()).isEqualTo(OUTAGE);
    }

    @Test
    void theSameScenarioFromAnotherFileTakesThatFilesName() throws Exception {
        Path one = dir.resolve("one.scenario.json");
        Path two = dir.resolve("two.json");
        ScenarioCodec.write(OUTAGE, one);
        ScenarioCodec.write(OUTAGE, two);
        vm.loadScenario(one);
        vm.loadScenario(two); // equal contents: the run need not restart, but the strip names the file now loaded
        assertThat(vm.scenarioNameProperty().get()).isEqualTo("two");
        assertThat(vm.scenarioFileProperty().get()).isEqualTo(two);
    }

    @Test
    void aScenarioSetInCodeIsNamedForWhatItIs() {
        vm.scenarioProperty().set(OUTAGE);
        assertThat(vm.scenarioNameProperty().get()).isEqualTo("custom scenario");
        assertThat(vm.defaultScenarioProperty().get()).isFalse();
        vm.scenarioProperty().set(RunViewModel.liveDefault());
        assertThat(vm.scenarioNameProperty().get()).isEqualTo("default scenario");
        assertThat(vm.defaultScenarioProperty().get()).isTrue();
    }

    @Test
    void fileNamesLoseTheirScenarioSuffix() {
        assertThat(RunViewModel.nameOf(Path.of("/x/orders-outage.scenario.json"))).isEqualTo("orders-outage");
        assertThat(RunViewModel.nameOf(Path.of("load.json"))).isEqualTo("load");
        assertThat(RunViewModel.nameOf(Path.of("notes.txt"))).isEqualTo("notes.txt");
    }
}
