package org.archsim.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.archsim.app.editor.ClipboardPort;
import org.archsim.app.editor.EditorViewModel;
import org.archsim.model.Catalog;
import org.archsim.model.Link;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {

    private final EditorViewModel editor = new EditorViewModel(ClipboardPort.inMemory());
    private final InspectorViewModel vm = new InspectorViewModel(editor);

    private String add(String kind) {
        return editor.addPart(Catalog.standard().require(kind), 100 + 300 * editor.design().components().size(), 100)
                .orElseThrow();
    }

    @Test
    void rowsAreGeneratedFromTheSelectedKindsParamSpecs() {
        String id = add("service");
        assertThat(vm.subjectProperty().get()).isEqualTo(InspectorViewModel.Subject.PART);
        assertThat(vm.rowsProperty().get()).extracting(r -> r.spec().key())
                .containsExactlyElementsOf(Catalog.standard().require("service").params().stream()
                        .map(p -> p.key()).toList());
        ParamRow time = vm.row("serviceTimeMs").orElseThrow();
        assertThat(time.label()).isEqualTo("Service time");
        assertThat(time.help()).contains("Range: 0 … 3600000 ms").contains("Default: 20 ms");
        assertThat(vm.titleProperty().get()).isEqualTo(id);
        assertThat(vm.subtitleProperty().get()).isEqualTo("Service");
    }

    @Test
    void validInputIsAppliedAsOneUndoableStep() {
        String id = add("service");
        ParamRow workers = vm.row("workers").orElseThrow();
        assertThat(vm.commitText(workers, " 32 ")).isEmpty();
        assertThat(editor.design().requireComponent(id).intParam("workers")).isEqualTo(32);
        assertThat(workers.textProperty().get()).isEqualTo("32");
        assertThat(workers.explicitProperty().get()).isTrue();
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo Set workers of " + id);
        editor.undo();
        assertThat(vm.row("workers").orElseThrow().textProperty().get()).isEqualTo("8");
    }

    @Test
    void outOfRangeInputIsRefusedWithTheReasonAndNeverClamped() {
        String id = add("service");
        ParamRow workers = vm.row("workers").orElseThrow();
        int steps = editor.stack().undoCount();
        assertThat(vm.commitText(workers, "0")).hasValue("must be ≥ 1, was 0");
        assertThat(workers.errorProperty().get()).isEqualTo("must be ≥ 1, was 0");
        assertThat(editor.design().requireComponent(id).intParam("workers")).isEqualTo(8);
        assertThat(editor.design().requireComponent(id).explicitParams()).doesNotContainKey("workers");
        assertThat(editor.stack().undoCount()).isEqualTo(steps);
        assertThat(vm.commitText(workers, "2.5")).hasValueSatisfying(r -> assertThat(r).contains("whole number"));
        assertThat(vm.commitText(workers, "lots")).hasValueSatisfying(r -> assertThat(r).contains("integer"));
        assertThat(vm.commitText(workers, "12")).isEmpty();
        assertThat(workers.errorProperty().get()).isEmpty();
    }

    @Test
    void choicesBooleansWeightsAndResetWork() {
        String id = add("load-balancer");
        assertThat(vm.commitValue(vm.row("algorithm").orElseThrow(), "least-connections")).isEmpty();
        assertThat(editor.design().requireComponent(id).textParam("algorithm")).isEqualTo("least-connections");
        assertThat(vm.commitText(vm.row("weights").orElseThrow(), "a=2, b=1")).isEmpty();
        assertThat(editor.design().requireComponent(id).weightsParam("weights")).isEqualTo(Map.of("a", 2.0, "b", 1.0));
        assertThat(vm.commitText(vm.row("weights").orElseThrow(), "a=-1")).hasValueSatisfying(
                r -> assertThat(r).contains("≥ 0"));
        assertThat(vm.commitText(vm.row("weights").orElseThrow(), "a")).isPresent();
        vm.reset(vm.row("algorithm").orElseThrow());
        assertThat(editor.design().requireComponent(id).explicitParams()).doesNotContainKey("algorithm");
        String svc = add("service");
        assertThat(vm.commitValue(vm.row("autoscale").orElseThrow(), true)).isEmpty();
        assertThat(editor.design().requireComponent(svc).boolParam("autoscale")).isTrue();
    }

    @Test
    void aSelectedLinkShowsTheLinkParameters() {
        String a = add("service");
        String b = add("database");
        editor.connect(a, b);
        assertThat(vm.subjectProperty().get()).isEqualTo(InspectorViewModel.Subject.LINK);
        assertThat(vm.titleProperty().get()).isEqualTo(a + " → " + b);
        assertThat(vm.rowsProperty().get()).hasSize(Catalog.standard().linkParams().size());
        assertThat(vm.commitText(vm.row("latencyMs").orElseThrow(), "-3")).isPresent();
        assertThat(vm.commitText(vm.row("latencyMs").orElseThrow(), "2.5")).isEmpty();
        assertThat(editor.design().requireLink(Link.idOf(a, b)).doubleParam("latencyMs")).isEqualTo(2.5);
    }

    @Test
    void withNothingSelectedTheDesignIsInspectedAndCanBeRenamed() {
        add("service");
        editor.clearSelection();
        assertThat(vm.subjectProperty().get()).isEqualTo(InspectorViewModel.Subject.DESIGN);
        assertThat(vm.rename("")).isPresent();
        assertThat(vm.rename("Shop")).isEmpty();
        assertThat(editor.design().name()).isEqualTo("Shop");
        editor.selectAll();
        add("cache");
        editor.selectAll();
        assertThat(vm.subjectProperty().get()).isEqualTo(InspectorViewModel.Subject.MANY);
        assertThat(vm.rowsProperty().get()).isEmpty();
    }

    @Test
    void labelsAreReadable() {
        var kinds = Catalog.standard();
        assertThat(ParamLabels.label(kinds.require("cache").param("ttlS").orElseThrow())).isEqualTo("TTL");
        assertThat(ParamLabels.label(kinds.require("api-gateway").param("rateLimitRps").orElseThrow()))
                .isEqualTo("Rate limit");
        assertThat(ParamLabels.label(kinds.require("service").param("queueCapacity").orElseThrow()))
                .isEqualTo("Queue capacity");
    }

    @Test
    void longChoicesGetARowOfTheirOwnSoTheyAreNotCutOff() {
        add("service");
        assertThat(ParamEditors.wideChoice(vm.row("shardBy").orElseThrow())).as("consistent-hashing").isTrue();
        assertThat(ParamEditors.wideChoice(vm.row("callMode").orElseThrow())).as("nonblocking has 11 letters").isTrue();
        assertThat(ParamEditors.wideChoice(vm.row("workers").orElseThrow())).as("not a choice").isFalse();
        add("database");
        assertThat(ParamEditors.wideChoice(vm.row("role").orElseThrow())).as("primary, replica fit").isFalse();
    }
}
