package org.archsim.app.export.dialog;

import java.awt.image.BufferedImage;
import java.util.Collection;
import java.util.Set;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.archsim.app.export.ImageExport;
import org.archsim.app.export.render.RenderOptions;
import org.archsim.app.export.render.Theme;
import org.archsim.model.Design;

/**
 * Edit → Copy Diagram as Image: the current design, or only the selected parts and the links between them, drawn
 * in the window's theme at twice the diagram's size (sharp when pasted into a document or slide).
 */
public final class DiagramImage {

    /** Pixels per diagram unit on the clipboard. */
    public static final double CLIPBOARD_SCALE = 2;

    private DiagramImage() {
    }

    /**
     * The image to copy: the selected parts when {@code selectedParts} is not empty, else the whole design. Ids that
     * name no part are ignored; when none remains the whole design is drawn.
     */
    public static BufferedImage render(Design design, Collection<String> selectedParts, Theme theme) {
        Set<String> ids = Set.copyOf(selectedParts.stream().filter(id -> design.component(id).isPresent()).toList());
        RenderOptions o = RenderOptions.defaults().withTheme(theme).withSelection(ids);
        return ImageExport.image(design, o, CLIPBOARD_SCALE);
    }

    /** The same pixels as a JavaFX image (the clipboard takes JavaFX images). */
    public static WritableImage toFx(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }
}
