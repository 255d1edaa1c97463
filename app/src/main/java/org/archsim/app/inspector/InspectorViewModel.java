package org.archsim.app.inspector;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.archsim.app.editor.EditorViewModel;
import org.archsim.app.editor.Selection;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Element;
import org.archsim.model.Link;
import org.archsim.model.ParamSpec;
import org.archsim.model.edit.Command;
import org.archsim.model.edit.RenameDesign;
import org.archsim.model.edit.SetLinkParam;
import org.archsim.model.edit.SetParam;

/**
 * What the inspector shows for the current selection — the design (nothing selected), one part, one link, or a count
 * — and the edits it makes. Rows are generated from the selected element's {@link ParamSpec}s. Input is parsed by
 * {@link ParamText} and applied by a {@link SetParam} or {@link SetLinkParam} command, which checks the range: a
 * refused input leaves the design unchanged and its reason on the row, and the value is never clamped.
 */
public final class InspectorViewModel {

    /** What is being inspected. */
    public enum Subject { DESIGN, PART, LINK, MANY }

    private final EditorViewModel editor;
    private final ReadOnlyObjectWrapper<Subject> subject = new ReadOnlyObjectWrapper<>(this, "subject", Subject.DESIGN);
    private final ReadOnlyStringWrapper elementId = new ReadOnlyStringWrapper(this, "elementId", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyObjectWrapper<List<ParamRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());

    public InspectorViewModel(EditorViewModel editor) {
        this.editor = editor;
        editor.selectionProperty().addListener(o -> refresh());
        editor.revisionProperty().addListener(o -> refresh());
        refresh();
    }

    public ReadOnlyObjectProperty<Subject> subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    /** The inspected part's or link's id (empty for the design or many). */
    public ReadOnlyStringProperty elementIdProperty() {
        return elementId.getReadOnlyProperty();
    }

    /** The part's name, the link's ends, the design's name, or "3 parts selected". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The kind's name, "Link", "Design" or empty. */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** Why the last rename was refused, or empty. */
    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    /** One row per parameter of the inspected part or link; empty otherwise. Replaced when the subject changes. */
    public ReadOnlyObjectProperty<List<ParamRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The row for {@code key}, if shown. */
    public Optional<ParamRow> row(String key) {
        return rows.get().stream().filter(r -> r.spec().key().equals(key)).findFirst();
    }

    /** Applies typed text to {@code row}; returns the refusal, which also stays on the row. */
    public Optional<String> commitText(ParamRow row, String text) {
        ParamText.Parsed parsed = ParamText.parse(row.spec(), text);
        if (!parsed.ok()) {
            row.setError(parsed.error());
            editor.notice(row.label() + " " + parsed.error() + ".");
            return Optional.of(parsed.error());
        }
        return commitValue(row, parsed.value());
    }

    /** Applies a value (from a check box or a choice list) to {@code row}. */
    public Optional<String> commitValue(ParamRow row, Object value) {
        Optional<String> refusal = editor.execute(command(row, value));
        row.setError(refusal.orElse(""));
        if (refusal.isEmpty()) {
            refresh();
        }
        return refusal;
    }

    /** Abandons a refused input: the row shows the design's value again, without a message. */
    public void discard(ParamRow row) {
        row.setError("");
    }

    /** Clears {@code row}'s explicit value so the default applies again. */
    public void reset(ParamRow row) {
        commitValue(row, null);
    }

    /** Renames the inspected part, or the design when nothing is selected. */
    public Optional<String> rename(String name) {
        Optional<String> refusal = switch (subject.get()) {
            case PART -> editor.rename(elementId.get(), name);
            case DESIGN -> name == null || name.isBlank() ? Optional.of("must not be empty")
                    : editor.execute(new RenameDesign(name.strip()));
            default -> Optional.empty();
        };
        nameError.set(refusal.orElse(""));
        return refusal;
    }

    private Command command(ParamRow row, Object value) {
        String key = row.spec().key();
        return subject.get() == Subject.LINK ? new SetLinkParam(elementId.get(), key, value)
                : new SetParam(elementId.get(), key, value);
    }

    private void refresh() {
        Selection s = editor.selection();
        var d = editor.design();
        if (s.size() == 1 && s.parts().size() == 1) {
            Component c = d.requireComponent(s.parts().get(0));
            show(Subject.PART, c.id(), c.name(), c.kind().displayName(), c.kind().description(), c, c.kind().params());
        } else if (s.size() == 1) {
            Link l = d.requireLink(s.links().get(0));
            String ends = d.requireComponent(l.from()).name() + " → " + d.requireComponent(l.to()).name();
            show(Subject.LINK, l.id(), ends, "Link", "Requests flow from the first part to the second. "
                    + "These settings describe the network and how the caller handles failures.", l,
                    Catalog.standard().linkParams());
        } else if (s.isEmpty()) {
            show(Subject.DESIGN, "", d.name(), "Design", d.components().size() + " parts, " + d.links().size()
                    + " links. Select a part or a link to see its settings.", null, List.of());
        } else {
            show(Subject.MANY, "", s.parts().size() + " parts, " + s.links().size() + " links selected", "",
                    "Select a single part or link to edit its settings.", null, List.of());
        }
    }

    private void show(Subject what, String id, String t, String sub, String desc, Element e, List<ParamSpec> specs) {
        boolean same = what == subject.get() && id.equals(elementId.get()) && rows.get().size() == specs.size();
        subject.set(what);
        elementId.set(id);
        title.set(t);
        subtitle.set(sub);
        description.set(desc);
        if (!same) {
            nameError.set("");
            rows.set(specs.stream().map(ParamRow::new).toList());
        }
        for (ParamRow r : rows.get()) {
            r.show(e.param(r.spec().key()), e.explicitParams().containsKey(r.spec().key()));
        }
    }
}
