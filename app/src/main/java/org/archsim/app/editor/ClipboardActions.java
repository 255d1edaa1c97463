package org.archsim.app.editor;

import java.util.List;
import java.util.Optional;
import org.archsim.model.edit.AddComponent;
import org.archsim.model.edit.ClipboardContent;
import org.archsim.model.edit.CompositeCommand;

/**
 * Copy, cut, paste and duplicate for one editor. Pasted parts land one grid step down and right of the originals,
 * and each further paste of the same copy one step further, so copies never hide each other. Pasted parts become
 * the selection.
 */
public final class ClipboardActions {

    /** How far a paste or duplicate lands from its original, in world units. */
    static final double OFFSET = CardGeometry.GRID * 2;

    private final EditorViewModel editor;
    private final DesignClipboard clipboard;
    private String lastCopied;
    private int pastes;

    ClipboardActions(EditorViewModel editor, DesignClipboard clipboard) {
        this.editor = editor;
        this.clipboard = clipboard;
    }

    /** Copies the selected parts and the links among them; returns false when no part is selected. */
    public boolean copy() {
        List<String> parts = editor.selection().parts();
        if (parts.isEmpty()) {
            editor.notice("Select one or more parts to copy.");
            return false;
        }
        clipboard.put(ClipboardContent.of(editor.design(), parts));
        lastCopied = null;
        editor.notice("Copied " + count(parts.size()) + ".");
        return true;
    }

    /** Copies, then deletes the selection as one undo step. */
    public void cut() {
        if (copy()) {
            editor.deleteSelection();
        }
    }

    /** Pastes the clipboard's parts (if it holds a design) and selects them. */
    public boolean paste() {
        Optional<ClipboardContent> content = clipboard.get();
        if (content.isEmpty() || content.get().isEmpty()) {
            editor.notice("The clipboard holds no parts to paste.");
            return false;
        }
        String key = DesignClipboard.toJson(content.get());
        pastes = key.equals(lastCopied) ? pastes + 1 : 1;
        lastCopied = key;
        return insert(content.get(), OFFSET * pastes);
    }

    /** Duplicates the selected parts without touching the clipboard. */
    public boolean duplicate() {
        List<String> parts = editor.selection().parts();
        if (parts.isEmpty()) {
            editor.notice("Select one or more parts to duplicate.");
            return false;
        }
        return insert(ClipboardContent.of(editor.design(), parts), OFFSET);
    }

    private boolean insert(ClipboardContent content, double offset) {
        CompositeCommand paste = CompositeCommand.paste(editor.design(), content, offset, offset);
        if (editor.execute(paste).isPresent()) {
            return false;
        }
        List<String> ids = paste.commands().stream().filter(AddComponent.class::isInstance)
                .map(c -> ((AddComponent) c).partId()).toList();
        editor.selectionProperty().set(new Selection(ids,
                CardGeometry.linksAmong(editor.design(), ids)));
        return true;
    }

    private static String count(int n) {
        return n == 1 ? "1 part" : n + " parts";
    }

}
