package org.archsim.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;

/**
 * Several commands as one undo step: executed in order, undone in reverse, under one label. It is a change when any
 * part is. If a part is refused, the parts already run are undone before the refusal is rethrown, so the design is
 * unchanged. Composites never merge.
 *
 * <pre>{@code
 * stack.execute(CompositeCommand.deleteSelection(d, selectedParts, selectedLinks));
 * stack.execute(CompositeCommand.paste(d, clipboard, 20, 20));
 * }</pre>
 */
public final class CompositeCommand implements Command {

    private final String label;
    private final List<Command> commands;

    /** Runs {@code commands} in order as one step called {@code label}. */
    public CompositeCommand(String label, List<? extends Command> commands) {
        this.label = Objects.requireNonNull(label, "label");
        this.commands = List.copyOf(commands);
    }

    /** The parts, in execution order. */
    public List<Command> commands() {
        return commands;
    }

    /**
     * Deletes the parts {@code partIds} with all their links, and the links {@code linkIds}. Undo restores everything,
     * in the original document order. Refuses an unknown id.
     */
    public static CompositeCommand deleteSelection(Design d, Collection<String> partIds, Collection<String> linkIds) {
        Set<String> parts = new LinkedHashSet<>(partIds);
        Set<String> links = new LinkedHashSet<>(linkIds);
        parts.forEach(id -> Parts.require(d, id));
        links.forEach(id -> Parts.requireLink(d, id));
        List<Command> steps = new ArrayList<>();
        int extraLinks = 0;
        for (Link l : d.links()) {
            // Links touching a deleted part go with it; only the others need their own step.
            if (links.contains(l.id()) && !parts.contains(l.from()) && !parts.contains(l.to())) {
                steps.add(new Disconnect(l.id()));
                extraLinks++;
            }
        }
        List<String> names = new ArrayList<>();
        for (Component c : d.components()) {
            if (parts.contains(c.id())) {
                steps.add(new RemoveComponent(c.id()));
                names.add(c.name());
            }
        }
        String what;
        if (names.size() == 1 && extraLinks == 0) {
            what = names.get(0);
        } else if (names.isEmpty() && extraLinks == 1) {
            Link only = d.requireLink(((Disconnect) steps.get(0)).linkId());
            what = "link " + Parts.linkName(d, only);
        } else if (extraLinks == 0) {
            what = Parts.count(names.size(), "part");
        } else if (names.isEmpty()) {
            what = Parts.count(extraLinks, "link");
        } else {
            what = Parts.count(names.size(), "part") + " and " + Parts.count(extraLinks, "link");
        }
        return new CompositeCommand("Delete " + what, steps);
    }

    /**
     * Adds copies of the clipboard's parts shifted by (dx, dy), each with a fresh id from {@link Design#freshId}, and
     * the clipboard's links between the copies. The ids are chosen now, against {@code d} as it is.
     */
    public static CompositeCommand paste(Design d, ClipboardContent content, double dx, double dy) {
        List<Command> steps = new ArrayList<>();
        Map<String, String> newIds = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Component c : content.parts()) {
            String id = Parts.freshId(d, c.id(), taken);
            taken.add(id);
            newIds.put(c.id(), id);
            steps.add(new AddComponent(Parts.copyAt(c, id, c.x() + dx, c.y() + dy)));
        }
        for (Link l : content.links()) {
            steps.add(new Connect(l.copyBetween(newIds.get(l.from()), newIds.get(l.to()))));
        }
        int n = content.parts().size();
        String what = n == 1 ? content.parts().get(0).name() : Parts.count(n, "part");
        return new CompositeCommand("Paste " + what, steps);
    }

    @Override
    public void execute(Design d) {
        int done = 0;
        try {
            for (Command c : commands) {
                c.execute(d);
                done++;
            }
        } catch (RuntimeException e) {
            for (int i = done - 1; i >= 0; i--) {
                try {
                    commands.get(i).undo(d);
                } catch (RuntimeException undoFailure) {
                    e.addSuppressed(undoFailure);
                }
            }
            throw e;
        }
    }

    @Override
    public void undo(Design d) {
        for (int i = commands.size() - 1; i >= 0; i--) {
            commands.get(i).undo(d);
        }
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean isChange() {
        return commands.stream().anyMatch(Command::isChange);
    }

    @Override
    public String toString() {
        return label + " " + commands;
    }
}
