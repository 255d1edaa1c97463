package org.archsim.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.archsim.model.Design;
import org.junit.jupiter.api.Test;

class SetParamTest {

    private final Design d = SampleDesigns.shop();
    private final Design original = d.copy();

    @Test
    void setsANormalizedValueAndUndoRestoresTheOldOne() {
        SetParam s = new SetParam("app", "workers", 16.0);
        s.execute(d);
        assertThat(d.requireComponent("app").explicitParams().get("workers")).isEqualTo(16);
        assertThat(s.isChange()).isTrue();
        assertThat(s.label()).isEqualTo("Set workers of app");
        s.undo(d);
        assertThat(d.sameContent(original)).isTrue();
    }

    @Test
    void outOfRangeIsRefusedWithTheReasonNeverClamped() {
        assertThatThrownBy(() -> new SetParam("app", "workers", 0).execute(d))
                .isInstanceOf(EditRefusedException.class)
                .hasMessage("workers of app must be ≥ 1, was 0.")
                .extracting(e -> ((EditRefusedException) e).reason()).isEqualTo("must be ≥ 1, was 0");
        assertThat(d.requireComponent("app").intParam("workers")).isEqualTo(4);
    }

    @Test
    void wrongTypesAndUnknownKeysAreRefused() {
        assertThatThrownBy(() -> new SetParam("app", "workers", 2.5).execute(d))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("must be integer");
        assertThatThrownBy(() -> new SetParam("app", "workers", "many").execute(d))
                .isInstanceOf(EditRefusedException.class);
        assertThatThrownBy(() -> new SetParam("app", "serviceTimeMs", Double.NaN).execute(d))
                .isInstanceOf(EditRefusedException.class);
        assertThatThrownBy(() -> new SetParam("users", "endpoints", Map.of("/", -1.0)).execute(d))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("weight of \"/\" must be ≥ 0");
        assertThatThrownBy(() -> new SetParam("app", "colour", "red").execute(d))
                .isInstanceOf(EditRefusedException.class).hasMessage("app has no parameter \"colour\".");
        assertThatThrownBy(() -> new SetParam("ghost", "workers", 2).execute(d))
                .isInstanceOf(EditRefusedException.class);
        assertThat(d.sameContent(original)).isTrue();
    }

    @Test
    void sameValueIsNoChangeButAnExplicitDefaultIsOne() {
        SetParam same = new SetParam("app", "workers", 4L);
        same.execute(d);
        assertThat(same.isChange()).isFalse();

        SetParam resetUnset = new SetParam("app", "autoscale", null);
        resetUnset.execute(d);
        assertThat(resetUnset.isChange()).isFalse();

        Object dflt = d.requireComponent("app").param("serviceTimeMs");
        SetParam explicitDefault = new SetParam("app", "serviceTimeMs", dflt);
        explicitDefault.execute(d);
        assertThat(explicitDefault.isChange()).as("the file now states the value").isTrue();
        explicitDefault.undo(d);
        assertThat(d.sameContent(original)).isTrue();
    }

    @Test
    void nullResetsToTheDefault() {
        SetParam reset = new SetParam("app", "workers", null);
        reset.execute(d);
        assertThat(d.requireComponent("app").explicitParams()).doesNotContainKey("workers");
        assertThat(reset.label()).isEqualTo("Reset workers of app");
        reset.undo(d);
        assertThat(d.sameContent(original)).isTrue();
    }

    @Test
    void mergesOnlyWithinOneGestureOnTheSameElementAndKey() {
        Gesture slider = Gesture.begin("slider");
        SetParam first = new SetParam("app", "workers", 5, slider);
        first.execute(d);
        SetParam second = new SetParam("app", "workers", 6, slider);
        second.execute(d);
        assertThat(first.mergeWith(second)).isTrue();
        assertThat(first.value()).isEqualTo(6);
        assertThat(first.mergeWith(new SetParam("app", "workers", 7, Gesture.begin()))).isFalse();
        assertThat(first.mergeWith(new SetParam("app", "workers", 7))).isFalse();
        assertThat(first.mergeWith(new SetParam("app", "queueCapacity", 7, slider))).isFalse();
        assertThat(first.mergeWith(new SetParam("lb", "workers", 7, slider))).isFalse();
        assertThat(first.mergeWith(new SetLinkParam("app", "workers", 7, slider))).isFalse();
        assertThat(new SetParam("app", "workers", 5).mergeWith(new SetParam("app", "workers", 6))).isFalse();
        first.undo(d);
        assertThat(d.sameContent(original)).isTrue();
    }
}
