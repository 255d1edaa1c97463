package org.archsim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The window launch silences JavaFX's class-path warning and nothing else JavaFX reports. */
class ClassPathWarningTest {

    @Test
    void onlyTheClassPathWarningIsDropped() {
        List<String> seen = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                seen.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Main.quietClassPathWarning();
        Logger jul = Logger.getLogger("javafx");
        jul.addHandler(capture);
        try {
            // JavaFX logs through the platform logger named "javafx", as PlatformImpl does at startup.
            System.Logger fx = System.getLogger("javafx");
            fx.log(System.Logger.Level.WARNING, "Unsupported JavaFX configuration: classes were loaded from 'x'");
            fx.log(System.Logger.Level.WARNING, "Something else JavaFX wants to say");
        } finally {
            jul.removeHandler(capture);
        }
        assertThat(seen).containsExactly("Something else JavaFX wants to say");
    }
}
