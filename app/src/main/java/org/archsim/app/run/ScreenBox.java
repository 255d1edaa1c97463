package org.archsim.app.run;

/**
 * The box on screen a live layer has to cover, grown point by point in view coordinates, then rounded out to whole
 * pixels within the view. On the software pipeline every pixel a layer covers costs each frame it changes, so each
 * live layer draws and uploads no more than this box.
 */
final class ScreenBox {

    private double x0 = Double.MAX_VALUE;
    private double y0 = Double.MAX_VALUE;
    private double x1 = -Double.MAX_VALUE;
    private double y1 = -Double.MAX_VALUE;

    /** Grows the box to hold the rectangle from ({@code xa}, {@code ya}) to ({@code xb}, {@code yb}). */
    void add(double xa, double ya, double xb, double yb) {
        x0 = Math.min(x0, xa);
        y0 = Math.min(y0, ya);
        x1 = Math.max(x1, xb);
        y1 = Math.max(y1, yb);
    }

    /**
     * The box in device pixels ({@code pixelScale} per view unit), rounded outwards and clipped to a view of
     * {@code viewW} × {@code viewH}; empty when nothing was added or nothing of it is in view.
     */
    PixelRect pixels(double viewW, double viewH, double pixelScale) {
        if (x1 < x0) {
            return PixelRect.EMPTY;
        }
        PixelRect r = new PixelRect((int) Math.floor(x0 * pixelScale), (int) Math.floor(y0 * pixelScale),
                (int) Math.ceil(x1 * pixelScale), (int) Math.ceil(y1 * pixelScale));
        return r.clip((int) Math.ceil(viewW * pixelScale), (int) Math.ceil(viewH * pixelScale));
    }
}
