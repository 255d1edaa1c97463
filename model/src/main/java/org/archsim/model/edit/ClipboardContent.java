package org.archsim.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;

/**
 * What Copy puts on the clipboard: detached copies of some parts and of the links among them, in document order.
 * Nothing here belongs to a design, so later edits do not change the content; paste it with
 * {@link CompositeCommand#paste}.
 *
 * @param parts the copied parts (detached)
 * @param links the copied links, each between two of {@code parts} (detached)
 */
public record ClipboardContent(List<Component> parts, List<Link> links) {

    /** Copies the lists and their elements; refuses a link whose ends are not both among the parts. */
    public ClipboardContent {
        List<Component> ps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Component c : parts) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("part \"" + c.id() + "\" is on the clipboard twice");
            }
            ps.add(c.copy());
        }
        List<Link> ls = new ArrayList<>();
        for (Link l : links) {
            if (!ids.contains(l.from()) || !ids.contains(l.to())) {
                throw new IllegalArgumentException("link " + l.id() + " does not join two copied parts");
            }
            ls.add(l.copy());
        }
        parts = List.copyOf(ps);
        links = List.copyOf(ls);
    }

    /** The parts {@code partIds} of {@code d} and every link among them; refuses an unknown id. */
    public static ClipboardContent of(Design d, Collection<String> partIds) {
        Set<String> wanted = new HashSet<>(partIds);
        for (String id : wanted) {
            Parts.require(d, id);
        }
        List<Component> ps = d.components().stream().filter(c -> wanted.contains(c.id())).toList();
        List<Link> ls = d.links().stream()
                .filter(l -> wanted.contains(l.from()) && wanted.contains(l.to())).toList();
        return new ClipboardContent(ps, ls);
    }

    /** Whether there is nothing to paste. */
    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
