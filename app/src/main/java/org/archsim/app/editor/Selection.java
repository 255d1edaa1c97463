package org.archsim.app.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What is selected on the canvas: part ids and link ids, each in the order they were selected (the first two
 * selected parts are the ends of "Connect selected parts"). Immutable; the editor replaces it on every change.
 *
 * @param parts selected part ids, in selection order, no duplicates
 * @param links selected link ids, in selection order, no duplicates
 */
public record Selection(List<String> parts, List<String> links) {

    /** Nothing selected. */
    public static final Selection EMPTY = new Selection(List.of(), List.of());

    public Selection {
        parts = List.copyOf(new LinkedHashSet<>(parts));
        links = List.copyOf(new LinkedHashSet<>(links));
    }

    /** Just these parts. */
    public static Selection ofParts(Collection<String> ids) {
        return new Selection(new ArrayList<>(ids), List.of());
    }

    /** Just one link. */
    public static Selection ofLink(String id) {
        return new Selection(List.of(), List.of(id));
    }

    public boolean isEmpty() {
        return parts.isEmpty() && links.isEmpty();
    }

    /** Number of selected parts and links together. */
    public int size() {
        return parts.size() + links.size();
    }

    public boolean containsPart(String id) {
        return parts.contains(id);
    }

    public boolean containsLink(String id) {
        return links.contains(id);
    }

    /** This selection with part {@code id} added, or removed when it was already selected. */
    public Selection togglePart(String id) {
        List<String> p = new ArrayList<>(parts);
        if (!p.remove(id)) {
            p.add(id);
        }
        return new Selection(p, links);
    }

    /** This selection with link {@code id} added, or removed when it was already selected. */
    public Selection toggleLink(String id) {
        List<String> l = new ArrayList<>(links);
        if (!l.remove(id)) {
            l.add(id);
        }
        return new Selection(parts, l);
    }

    /** This selection plus {@code ids}. */
    public Selection plusParts(Collection<String> ids) {
        List<String> p = new ArrayList<>(parts);
        p.addAll(ids);
        return new Selection(p, links);
    }

    /** This selection without ids that {@code exists} rejects (after an undo removed them, say). */
    public Selection retain(java.util.function.Predicate<String> partExists,
                            java.util.function.Predicate<String> linkExists) {
        return new Selection(parts.stream().filter(partExists).toList(), links.stream().filter(linkExists).toList());
    }
}
