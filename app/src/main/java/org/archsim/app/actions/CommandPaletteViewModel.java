package org.archsim.app.actions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.archsim.app.palette.PaletteViewModel;
import org.archsim.model.ComponentKind;

/**
 * The command palette's logic: every enabled action plus extra entries (one "Add …" per part kind), ranked against
 * the typed query. Ranking: the title starts with the query, then a word of the title starts with it, then the title
 * contains it, then its letters appear in order ("sva" finds "Save As"); ties keep menu order.
 */
public final class CommandPaletteViewModel {

    /** One line of the palette. */
    public record Entry(String title, String detail, Runnable run) {
    }

    private final Supplier<List<Entry>> source;

    /** A palette over the entries {@code source} gives each time it opens (so enabled states are current). */
    public CommandPaletteViewModel(Supplier<List<Entry>> source) {
        this.source = source;
    }

    /** Entries for the enabled actions of {@code registry}, titled "Menu: Title". */
    public static List<Entry> entriesOf(ActionRegistry registry) {
        List<Entry> out = new ArrayList<>();
        for (AppAction a : registry.all()) {
            if (a.enabled().get() && a.menu() != null) {
                out.add(new Entry(a.menu() + ": " + a.title().get(), a.shortcutText(), a.run()));
            }
        }
        return out;
    }

    /**
     * One "Add part: …" entry per kind the palette offers now (during a lesson only the kinds it allows), each adding
     * that kind with {@code add}.
     */
    public static List<Entry> addPartEntries(PaletteViewModel palette, Consumer<ComponentKind> add) {
        List<Entry> out = new ArrayList<>();
        for (ComponentKind k : palette.offeredKinds()) {
            out.add(new Entry("Add part: " + k.displayName(), k.category().displayName(), () -> add.accept(k)));
        }
        return out;
    }

    /** The entries matching {@code query}, best first (all of them for a blank query). */
    public List<Entry> search(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Entry> all = source.get();
        if (q.isEmpty()) {
            return all;
        }
        List<Entry> hits = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        for (Entry e : all) {
            int s = score(e.title().toLowerCase(Locale.ROOT), q);
            if (s > 0) {
                hits.add(e);
                scores.add(s);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -scores.get(i)).thenComparingInt(i -> i));
        return order.stream().map(hits::get).toList();
    }

    /** 4: prefix (of the title or of the part after "Menu: "), 3: word start, 2: substring, 1: subsequence, 0: none. */
    static int score(String title, String q) {
        String afterMenu = title.contains(": ") ? title.substring(title.indexOf(": ") + 2) : title;
        if (title.startsWith(q) || afterMenu.startsWith(q)) {
            return 4;
        }
        if (title.contains(" " + q)) {
            return 3;
        }
        if (title.contains(q)) {
            return 2;
        }
        int i = 0;
        for (char c : title.toCharArray()) {
            if (i < q.length() && c == q.charAt(i)) {
                i++;
            }
        }
        return i == q.length() ? 1 : 0;
    }
}
