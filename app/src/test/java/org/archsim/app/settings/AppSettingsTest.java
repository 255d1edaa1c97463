package org.archsim.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Settings are written through at once and read back by the next start (a new instance on the same node). */
class AppSettingsTest {

    private final Preferences prefs = Preferences.userRoot().node("archsim-test/" + UUID.randomUUID());

    @AfterEach
    void drop() throws Exception {
        prefs.removeNode();
    }

    @Test
    void reducedMotionAndCompareChoicesSurviveARestart() {
        AppSettings first = new AppSettings(prefs);
        assertThat(first.reducedMotionProperty().get()).isFalse();
        assertThat(first.compareSecondsProperty().get()).isEqualTo(60);
        assertThat(first.compareScenarioProperty().get()).isEmpty();

        first.reducedMotionProperty().set(true);
        first.compareSecondsProperty().set(300);
        first.compareScenarioProperty().set("/tmp/spike.scenario.json");
        first.themeProperty().set(Theme.DARK);

        AppSettings next = new AppSettings(prefs);
        assertThat(next.reducedMotionProperty().get()).isTrue();
        assertThat(next.compareSecondsProperty().get()).isEqualTo(300);
        assertThat(next.compareScenarioProperty().get()).isEqualTo("/tmp/spike.scenario.json");
        assertThat(next.themeProperty().get()).isEqualTo(Theme.DARK);

        next.reducedMotionProperty().set(false);
        assertThat(new AppSettings(prefs).reducedMotionProperty().get()).isFalse();
    }
}
