package org.archsim.app.palette;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.archsim.model.Category;
import org.archsim.model.ComponentKind;

/**
 * The palette's content: the catalog's kinds in palette order, grouped by {@link Category}, narrowed by the filter
 * text. A kind matches when every word of the filter occurs in its name, id, category or description, so "data"
 * finds the database and the cache, and "lb" finds nothing but "load" finds the load balancer. While a lesson is open
 * {@link #allowedKindsProperty()} narrows the palette to the part kinds the lesson allows.
 */
public final class PaletteViewModel {

    /** One palette heading and the kinds under it. */
    public record Group(Category category, List<ComponentKind> kinds) {
    }

    private final List<ComponentKind> all;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<Set<String>> allowed = new SimpleObjectProperty<>(this, "allowedKinds");
    private final ReadOnlyObjectWrapper<List<Group>> groups = new ReadOnlyObjectWrapper<>(this, "groups", List.of());

    /** A palette over {@code kinds}, in the order given. */
    public PaletteViewModel(Collection<ComponentKind> kinds) {
        this.all = List.copyOf(kinds);
        filter.addListener(o -> refresh());
        allowed.addListener(o -> refresh());
        refresh();
    }

    /** The ids of the kinds offered, or null for every kind (a lesson restricts the palette through this). */
    public ObjectProperty<Set<String>> allowedKindsProperty() {
        return allowed;
    }

    /** The text typed into the palette's search field. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The groups to show, empty groups left out. */
    public ReadOnlyObjectProperty<List<Group>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    /**
     * The kinds that may be added now, in palette order, whatever the filter text: every kind, or only those
     * {@link #allowedKindsProperty()} allows (the command palette's "Add part" entries follow this).
     */
    public List<ComponentKind> offeredKinds() {
        Set<String> only = allowed.get();
        return all.stream().filter(k -> only == null || only.contains(k.id())).toList();
    }

    /** The kinds shown, in order (what Enter in the filter field adds first). */
    public List<ComponentKind> visibleKinds() {
        return groups.get().stream().flatMap(g -> g.kinds().stream()).toList();
    }

    /** Whether {@code kind} matches {@code text} (every word somewhere in its name, id, category or description). */
    public static boolean matches(ComponentKind kind, String text) {
        String hay = (kind.displayName() + " " + kind.id() + " " + kind.category().displayName() + " "
                + kind.description()).toLowerCase(Locale.ROOT);
        for (String word : text.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !hay.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private void refresh() {
        String text = filter.get() == null ? "" : filter.get();
        Set<String> only = allowed.get();
        List<Group> out = new ArrayList<>();
        for (Category c : Category.values()) {
            List<ComponentKind> ks = all.stream().filter(k -> k.category() == c && (only == null || only.contains(k.id()))
                    && matches(k, text)).toList();
            if (!ks.isEmpty()) {
                out.add(new Group(c, ks));
            }
        }
        groups.set(List.copyOf(out));
    }
}
