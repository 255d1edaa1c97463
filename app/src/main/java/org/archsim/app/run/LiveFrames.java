package org.archsim.app.run;

import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;

/**
 * The live layer's frames: two {@link PixelFrame}s of the view's size taken in turn (the render thread may still be
 * reading the one shown while the next is drawn), each holding the state picture with the marks plotted over it, shown
 * in one {@link ImageView} that covers only what was drawn. FX thread.
 */
final class LiveFrames {

    private final ImageView view;
    private final PixelFrame[] frames = new PixelFrame[2];
    /** What each frame last had drawn in it. */
    private final PixelRect[] drawnIn = {PixelRect.EMPTY, PixelRect.EMPTY};
    /** The state picture each frame holds, and whether marks were drawn over it. */
    private final StateRenderer.Drawn[] stateIn = new StateRenderer.Drawn[2];
    private final boolean[] marksIn = new boolean[2];
    private int back;
    private int drawnCount;

    LiveFrames(ImageView view) {
        this.view = view;
    }

    /**
     * Draws and shows the next frame for {@code key}: {@code state} (a picture laid out for this view, or null) copied
     * in whole — cheaper than putting back only the pixels under the old marks, thousands of tiny copies cost more than
     * one large one — and {@code marks} (view coordinates, or null for none) plotted over it at {@code markSize}. A
     * frame that would show what is on screen already is not drawn (nothing to upload).
     */
    void show(StateScene.ViewKey key, StateRenderer.Drawn state, MarkBatch marks, double markSize) {
        int w = key.pixelWidth();
        int h = key.pixelHeight();
        if (frames[back] == null || frames[back].width() != w || frames[back].height() != h) {
            frames[back] = new PixelFrame(w, h);
            drawnIn[back] = PixelRect.EMPTY;
            stateIn[back] = null;
            marksIn[back] = false;
        }
        int shown = back ^ 1;
        if (marks == null && frames[shown] != null && !marksIn[shown] && stateIn[shown] == state
                && frames[shown].width() == w && frames[shown].height() == h) {
            return;
        }
        PixelFrame f = frames[back];
        PixelRect before = drawnIn[back];
        if (state == null || !state.scene().box().contains(before)) {
            f.clear(before); // else the copy below covers all of it
        }
        PixelRect drawn = PixelRect.EMPTY;
        if (state != null) {
            f.copy(state.pixels(), state.scene().box());
            drawn = state.scene().box();
        }
        stateIn[back] = state;
        marksIn[back] = marks != null && marks.size() > 0;
        if (marks != null) {
            drawn = drawn.union(MarkRaster.plot(f, marks, markSize, key.pixelScale()));
        }
        f.publish(before.union(drawn));
        drawnCount++;
        drawnIn[back] = drawn;
        place(view, f, drawn, key.pixelScale());
        view.setLayoutX(drawn.x0() / key.pixelScale());
        view.setLayoutY(drawn.y0() / key.pixelScale());
        back ^= 1;
    }

    /** Frames drawn and handed to JavaFX so far (tests). */
    int drawnCount() {
        return drawnCount;
    }

    /** Shows the pixels {@code box} of {@code f} in {@code v} at their size in view units (hidden when empty). */
    static void place(ImageView v, PixelFrame f, PixelRect box, double pixelScale) {
        if (box.isEmpty()) {
            v.setVisible(false);
            return;
        }
        v.setImage(f.fxImage());
        Rectangle2D now = v.getViewport();
        if (now == null || now.getMinX() != box.x0() || now.getMinY() != box.y0() || now.getWidth() != box.width()
                || now.getHeight() != box.height()) { // a new viewport makes the view work out its bounds again
            v.setViewport(new Rectangle2D(box.x0(), box.y0(), box.width(), box.height()));
            v.setFitWidth(box.width() / pixelScale);
            v.setFitHeight(box.height() / pixelScale);
        }
        v.setVisible(true);
    }
}
