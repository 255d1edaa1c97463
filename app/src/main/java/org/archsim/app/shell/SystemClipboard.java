package org.archsim.app.shell;

import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.archsim.app.editor.ClipboardPort;

/** The system clipboard as a {@link ClipboardPort}: copies become plain text (design JSON) any program can take. */
final class SystemClipboard implements ClipboardPort {

    @Override
    public Optional<String> text() {
        Clipboard c = Clipboard.getSystemClipboard();
        return c.hasString() ? Optional.ofNullable(c.getString()) : Optional.empty();
    }

    @Override
    public void putText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
