package org.archsim.app.editor;

import java.util.Optional;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.archsim.model.edit.ClipboardContent;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.io.FormatException;

/**
 * Copies parts to and from a {@link ClipboardPort} in the design file format, so a copy is an ordinary small design:
 * it pastes into another window or another running copy of the app, and reads as JSON anywhere else.
 */
public final class DesignClipboard {

    /** Name of the small design a copy is wrapped in. */
    static final String CLIPBOARD_NAME = "Clipboard";

    private final ClipboardPort port;

    public DesignClipboard(ClipboardPort port) {
        this.port = port;
    }

    /** Puts {@code content} on the clipboard as design JSON. */
    public void put(ClipboardContent content) {
        port.putText(toJson(content));
    }

    /** The parts on the clipboard, or empty when it holds no design (any other text is simply not pasteable). */
    public Optional<ClipboardContent> get() {
        return port.text().flatMap(DesignClipboard::parse);
    }

    /** The content as a design file's text. */
    static String toJson(ClipboardContent content) {
        Design d = new Design(CLIPBOARD_NAME);
        for (Component c : content.parts()) {
            d.addComponent(c.copy());
        }
        for (Link l : content.links()) {
            d.connect(l.copy());
        }
        return DesignCodec.toJson(d);
    }

    /** The content of design JSON, or empty when the text is not a valid design. */
    static Optional<ClipboardContent> parse(String text) {
        if (text == null || !text.contains("\"components\"")) {
            return Optional.empty();
        }
        try {
            Design d = DesignCodec.read("<clipboard>", text);
            return Optional.of(new ClipboardContent(d.components(), d.links()));
        } catch (FormatException e) {
            return Optional.empty();
        }
    }
}
