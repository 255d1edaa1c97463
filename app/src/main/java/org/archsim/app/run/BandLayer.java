package org.archsim.app.run;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The rate bands of all links, kept as one image and redrawn only when what they show changes: a link's ends on
 * screen (the design or the viewport moved) or a band's width (rounded to quarter pixels, so it changes only when a
 * rate changes by a good third). Between snapshots of a run the bands stay the same for many frames, and stroking
 * hundreds of long translucent lines is the dearest part of a frame on the software pipeline. FX thread only.
 */
final class BandLayer {

    private final SnapshotParameters params = new SnapshotParameters();
    private Canvas scratch;
    private WritableImage image;
    private double[] keyEnds = new double[0];
    private int[] keyWidths = new int[0];
    private int keyN = -1;
    private boolean keyDark;
    private int misses;

    BandLayer() {
        params.setFill(Color.TRANSPARENT);
    }

    /** The bands as an image {@code w} × {@code h}, drawn with {@link LivePainter#strokeBands} when out of date. */
    Image get(double[] ends, double[] rates, int n, int w, int h, boolean dark) {
        if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h
                || !same(ends, rates, n, dark)) {
            remember(ends, rates, n, dark);
            if (scratch == null || (int) scratch.getWidth() != w || (int) scratch.getHeight() != h) {
                scratch = new Canvas(w, h);
                image = new WritableImage(w, h);
            }
            scratch.getGraphicsContext2D().clearRect(0, 0, w, h);
            LivePainter.strokeBands(scratch.getGraphicsContext2D(), dark, ends, rates, n);
            scratch.snapshot(params, image);
            misses++;
        }
        return image;
    }

    /** Times the image was redrawn (for tests and the bench). */
    int misses() {
        return misses;
    }

    private boolean same(double[] ends, double[] rates, int n, boolean dark) {
        if (n != keyN || dark != keyDark) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (keyWidths[i] != LivePainter.bandQuarters(rates[i])) {
                return false;
            }
        }
        for (int i = 0; i < 4 * n; i++) {
            if (keyEnds[i] != ends[i]) {
                return false;
            }
        }
        return true;
    }

    private void remember(double[] ends, double[] rates, int n, boolean dark) {
        if (keyWidths.length < n) {
            keyWidths = new int[n];
            keyEnds = new double[4 * n];
        }
        for (int i = 0; i < n; i++) {
            keyWidths[i] = LivePainter.bandQuarters(rates[i]);
        }
        System.arraycopy(ends, 0, keyEnds, 0, 4 * n);
        keyN = n;
        keyDark = dark;
    }
}
