package org.archsim.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Element;
import org.archsim.model.ParamSpec;
import org.archsim.model.edit.RandomEdits.Edit;

/**
 * Random edit sequences, valid and invalid, interleaved with undo, redo, saves and gesture ends. After every step the
 * design must equal the snapshot recorded for the stack's position; a refused edit must change nothing (no event,
 * same stack); undo-all must give back the start exactly and redo-all the end.
 */
class UndoRedoPropertyTest {

    @Provide
    Arbitrary<List<Integer>> kinds() {
        return Arbitraries.integers().between(0, RandomEdits.KINDS.size() - 1).list().ofMinSize(0).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Integer>> pairs() {
        return Arbitraries.integers().between(0, 255).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 1023);
        return Combinators.combine(Arbitraries.integers().between(0, 22), n, n, n, n).as(Edit::new)
                .list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 10_000)
    void undoAllRestoresTheStartAndRedoAllTheEnd(@ForAll("kinds") List<Integer> kinds,
                                                 @ForAll("pairs") List<Integer> pairs,
                                                 @ForAll("edits") List<Edit> edits) {
        Design d = RandomEdits.start(kinds, pairs);
        Design start = d.copy();
        UndoStack stack = new UndoStack(d);
        stack.markSaved();
        AtomicInteger events = new AtomicInteger();
        d.addListener(ch -> events.incrementAndGet());
        List<Design> history = new ArrayList<>(List.of(start));
        Design saved = start;
        boolean savedOnlyAtStart = true;
        Gesture gesture = Gesture.begin();
        Edit last = null;

        for (Edit next : edits) {
            // ops 16-22 continue the previous edit with a new amount (b): same target, same gesture use (slider, drag)
            Edit e = next.op() >= 16 && last != null
                    ? new Edit(last.op(), last.a(), next.b(), last.c(), last.v()) : next;
            switch (e.op()) {
                case 12 -> {
                    if (stack.undo()) {
                        assertThat(d.sameContent(history.get(stack.undoCount()))).isTrue();
                    }
                }
                case 13 -> {
                    if (stack.redo()) {
                        assertThat(d.sameContent(history.get(stack.undoCount()))).isTrue();
                    }
                }
                case 14 -> {
                    stack.markSaved();
                    saved = d.copy();
                    savedOnlyAtStart = false;
                }
                case 15 -> gesture = Gesture.begin();
                case 16, 17, 18, 19, 20, 21, 22 -> {
                    // nothing to continue yet
                }
                default -> {
                    Gesture g = e.v() % 2 == 0 ? gesture : null;
                    attempt(d, stack, events, history, () -> command(d, e, g));
                    last = e;
                }
            }
            if (!stack.isDirty()) {
                assertThat(d.sameContent(saved)).as("clean means the saved document").isTrue();
            }
        }

        while (stack.redo()) {
            assertThat(d.sameContent(history.get(stack.undoCount()))).isTrue();
        }
        Design end = d.copy();
        int steps = stack.undoCount();
        while (stack.undo()) {
            assertThat(d.sameContent(history.get(stack.undoCount()))).isTrue();
        }
        assertThat(d.sameContent(start)).as("undo all gives back the start").isTrue();
        if (savedOnlyAtStart) {
            assertThat(stack.isDirty()).isFalse();
        }
        while (stack.redo()) {
            // redo everything
        }
        assertThat(stack.undoCount()).isEqualTo(steps);
        assertThat(d.sameContent(end)).as("redo all gives back the end").isTrue();
        if (savedOnlyAtStart) {
            assertThat(stack.isDirty()).isEqualTo(steps > 0);
        }
    }

    /** Runs one edit; a refusal must leave design, events and stack untouched; success must match the history. */
    private static void attempt(Design d, UndoStack stack, AtomicInteger events, List<Design> history,
                                Supplier<Command> make) {
        Design before = d.copy();
        int undo = stack.undoCount();
        int redo = stack.redoCount();
        Optional<String> undoLabel = stack.undoLabel();
        boolean dirty = stack.isDirty();
        int eventsBefore = events.get();
        try {
            stack.execute(make.get());
        } catch (EditRefusedException refused) {
            Statistics.label("outcome").collect("refused");
            assertThat(refused.reason()).isNotBlank();
            assertThat(d.sameContent(before)).as("refused: %s", refused.getMessage()).isTrue();
            assertThat(events.get()).as("refused edits change nothing").isEqualTo(eventsBefore);
            assertThat(stack.undoCount()).isEqualTo(undo);
            assertThat(stack.redoCount()).isEqualTo(redo);
            assertThat(stack.undoLabel()).isEqualTo(undoLabel);
            assertThat(stack.isDirty()).isEqualTo(dirty);
            return;
        }
        int k = stack.undoCount();
        Statistics.label("outcome").collect(k > undo ? "new step" : k < undo ? "merge cancelled out"
                : d.sameContent(before) ? "no change, dropped" : "merged");
        if (stack.redoCount() > 0 || k < undo) {
            // a dropped no-op (redo kept) or a merge that cancelled out: back at a recorded state
            assertThat(d.sameContent(history.get(k))).isTrue();
        }
        if (stack.redoCount() == 0) {
            history.subList(k, history.size()).clear();
            history.add(d.copy());
        }
        assertThat(history).hasSize(k + 1 + stack.redoCount());
    }

    /** The command an edit stands for; may throw {@link EditRefusedException} already while being built. */
    private static Command command(Design d, Edit e, Gesture g) {
        int a = e.a();
        int b = e.b();
        int c = e.c();
        return switch (e.op()) {
            case 0 -> AddComponent.of(d, RandomEdits.KINDS.get(a % RandomEdits.KINDS.size()), b, c);
            case 1 -> new RemoveComponent(RandomEdits.partId(d, a));
            case 2 -> new Move(Map.of(RandomEdits.partId(d, a), new Point(b % 7 * 10, c % 5 * 10)), g);
            case 3 -> Move.by(d, RandomEdits.parts(d, a), b % 11 - 5, c % 3 - 1, g);
            case 4 -> new Connect(RandomEdits.partId(d, a), RandomEdits.partId(d, b));
            case 5 -> new Disconnect(RandomEdits.linkId(d, a));
            case 6, 7 -> paramCommand(d, e, g);
            case 8 -> new Rename(RandomEdits.partId(d, a), b % 4 == 0 ? " " : "n" + b % 3);
            case 9 -> new RenameDesign(b % 4 == 0 ? "" : "design " + b % 3);
            case 10 -> CompositeCommand.deleteSelection(d, RandomEdits.parts(d, a), RandomEdits.links(d, b));
            default -> CompositeCommand.paste(d, ClipboardContent.of(d, RandomEdits.parts(d, a)), b % 5, c % 5);
        };
    }

    private static Command paramCommand(Design d, Edit e, Gesture g) {
        boolean part = e.op() == 6;
        String id = part ? RandomEdits.partId(d, e.a()) : RandomEdits.linkId(d, e.a());
        Optional<? extends Element> el = part ? d.component(id) : d.link(id);
        List<ParamSpec> specs = el.map(RandomEdits::specs).orElse(List.of());
        String key = RandomEdits.key(specs, e.c());
        ParamSpec spec = specs.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
        Object value = RandomEdits.value(spec, e.b());
        return part ? new SetParam(id, key, value, g) : new SetLinkParam(id, key, value, g);
    }

    @Property(tries = 200)
    void aRefusedValueIsNeverClamped(@ForAll("kinds") List<Integer> kinds) {
        Design d = RandomEdits.start(kinds, List.of());
        for (Component c : d.components()) {
            for (ParamSpec s : c.kind().params()) {
                if (s.max() != null) {
                    Object before = c.param(s.key());
                    assertThatThrownBy(() -> new SetParam(c.id(), s.key(), s.max() + 1).execute(d))
                            .isInstanceOf(EditRefusedException.class).hasMessageContaining("must be ≤");
                    assertThat(c.param(s.key())).isEqualTo(before);
                }
            }
        }
    }
}
