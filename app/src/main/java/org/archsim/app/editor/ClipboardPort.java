package org.archsim.app.editor;

import java.util.Optional;

/**
 * The clipboard as the editor sees it: text in, text out. The app plugs in the system clipboard so parts copied in
 * one window paste into another (or into a text editor, as design JSON); tests plug in a plain field.
 */
public interface ClipboardPort {

    /** The clipboard's text, if it holds any. */
    Optional<String> text();

    /** Replaces the clipboard's content with {@code text}. */
    void putText(String text);

    /** A clipboard that lives in memory only. */
    static ClipboardPort inMemory() {
        return new ClipboardPort() {
            private String text;

            @Override
            public Optional<String> text() {
                return Optional.ofNullable(text);
            }

            @Override
            public void putText(String t) {
                text = t;
            }
        };
    }
}
