package org.archsim.app.export.render;

import java.util.Arrays;

/**
 * An immutable outline made of move, line, quadratic, cubic and close segments in absolute coordinates — the subset
 * every drawing target supports. Parse SVG path data with {@link SvgPathParser}; place an icon with
 * {@link #transformed(double, double, double)}.
 */
public final class PathData {

    /** Segment kinds; each is followed in {@link #coords()} by 2, 2, 4, 6 or 0 numbers. */
    public enum Op {
        MOVE(2), LINE(2), QUAD(4), CUBIC(6), CLOSE(0);

        private final int arity;

        Op(int arity) {
            this.arity = arity;
        }

        /** How many coordinates the segment carries. */
        public int arity() {
            return arity;
        }
    }

    private final Op[] ops;
    private final double[] coords;

    PathData(Op[] ops, double[] coords) {
        this.ops = ops;
        this.coords = coords;
    }

    /** The segments in order (a copy). */
    public Op[] ops() {
        return ops.clone();
    }

    /** The coordinates of all segments, in order (a copy). */
    public double[] coords() {
        return coords.clone();
    }

    /** Number of segments. */
    public int size() {
        return ops.length;
    }

    /** This path scaled by {@code scale} about the origin, then moved by (dx, dy). */
    public PathData transformed(double dx, double dy, double scale) {
        double[] c = new double[coords.length];
        for (int i = 0; i < c.length; i += 2) {
            c[i] = coords[i] * scale + dx;
            c[i + 1] = coords[i + 1] * scale + dy;
        }
        return new PathData(ops, c);
    }

    /** Replays the segments into {@code sink}. */
    public void replay(Sink sink) {
        int k = 0;
        for (Op op : ops) {
            double[] c = coords;
            switch (op) {
                case MOVE -> sink.moveTo(c[k], c[k + 1]);
                case LINE -> sink.lineTo(c[k], c[k + 1]);
                case QUAD -> sink.quadTo(c[k], c[k + 1], c[k + 2], c[k + 3]);
                case CUBIC -> sink.cubicTo(c[k], c[k + 1], c[k + 2], c[k + 3], c[k + 4], c[k + 5]);
                case CLOSE -> sink.close();
            }
            k += op.arity();
        }
    }

    /** Receives a path's segments; each drawing target adapts its own path API to this. */
    public interface Sink {
        void moveTo(double x, double y);

        void lineTo(double x, double y);

        void quadTo(double cx, double cy, double x, double y);

        void cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y);

        void close();
    }

    /** Collects segments into a {@link PathData}. */
    public static final class Builder implements Sink {
        private Op[] ops = new Op[16];
        private double[] coords = new double[64];
        private int n;
        private int m;

        private void add(Op op, double... c) {
            if (n == ops.length) {
                ops = Arrays.copyOf(ops, n * 2);
            }
            if (m + c.length > coords.length) {
                coords = Arrays.copyOf(coords, Math.max(coords.length * 2, m + c.length));
            }
            ops[n++] = op;
            System.arraycopy(c, 0, coords, m, c.length);
            m += c.length;
        }

        @Override
        public void moveTo(double x, double y) {
            add(Op.MOVE, x, y);
        }

        @Override
        public void lineTo(double x, double y) {
            add(Op.LINE, x, y);
        }

        @Override
        public void quadTo(double cx, double cy, double x, double y) {
            add(Op.QUAD, cx, cy, x, y);
        }

        @Override
        public void cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
            add(Op.CUBIC, c1x, c1y, c2x, c2y, x, y);
        }

        @Override
        public void close() {
            add(Op.CLOSE);
        }

        /** The path collected so far. */
        public PathData build() {
            return new PathData(Arrays.copyOf(ops, n), Arrays.copyOf(coords, m));
        }
    }
}
