package org.archsim.app.run;

/**
 * Plots moving marks straight into a {@link PixelFrame}: requests as squares, responses as two crossed bars about
 * 3/5 as thick as long (an octagon at mark size), failures as a thin cross — shapes apart as well as colours, so the
 * kinds stay distinguishable without colour. Marks are opaque and axis-aligned, snapped to whole pixels: five
 * thousand of them are a few hundred thousand array writes, well under a millisecond. FX thread (or any one thread
 * that owns the frame).
 */
final class MarkRaster {

    private MarkRaster() {
    }

    /**
     * Plots every mark of {@code batch} (view coordinates) at size {@code size} (view units) into {@code frame},
     * {@code pixelScale} device pixels per view unit, and returns the pixels touched (clipped to the frame).
     */
    static PixelRect plot(PixelFrame frame, MarkBatch batch, double size, double pixelScale) {
        double[] xs = batch.xs();
        double[] ys = batch.ys();
        byte[] ks = batch.kinds();
        double s = size * pixelScale;
        int reach = (int) Math.ceil(s * 0.75) + 1; // the cross's arms reach 0.7 s from the centre
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (int i = 0; i < batch.size(); i++) {
            double x = xs[i] * pixelScale;
            double y = ys[i] * pixelScale;
            shape(frame, x, y, ks[i], s);
            int cx = (int) x;
            int cy = (int) y;
            x0 = Math.min(x0, cx - reach);
            y0 = Math.min(y0, cy - reach);
            x1 = Math.max(x1, cx + reach + 1);
            y1 = Math.max(y1, cy + reach + 1);
        }
        return batch.size() == 0 ? PixelRect.EMPTY : new PixelRect(x0, y0, x1, y1).clip(frame.width(), frame.height());
    }

    /** One mark of {@code kind} centred at ({@code x}, {@code y}) pixels, {@code s} pixels across. */
    static void shape(PixelFrame f, double x, double y, byte kind, double s) {
        int argb = LiveColours.mark(kind);
        switch (kind) {
            case 0 -> bar(f, x, y, s, s, argb);
            case 1 -> {
                double d = s * 1.2;
                double t = d * 0.6;
                bar(f, x, y, d, t, argb);
                bar(f, x, y, t, d, argb);
            }
            default -> {
                double w = Math.max(1, s * 0.4);
                bar(f, x, y, s * 1.4, w, argb);
                bar(f, x, y, w, s * 1.4, argb);
            }
        }
    }

    /** A {@code w} × {@code h} rectangle centred at ({@code x}, {@code y}), rounded to whole pixels. */
    private static void bar(PixelFrame f, double x, double y, double w, double h, int argb) {
        int iw = Math.max(1, (int) Math.round(w));
        int ih = Math.max(1, (int) Math.round(h));
        int left = (int) Math.floor(x - iw / 2.0 + 0.5);
        int top = (int) Math.floor(y - ih / 2.0 + 0.5);
        f.fill(left, top, left + iw, top + ih, argb);
    }
}
