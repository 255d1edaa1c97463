package org.archsim.app.export.render;

/**
 * Parses SVG path data ({@code d} attribute) into a {@link PathData}: all commands, absolute and relative, implicit
 * repeats, smooth curves, and elliptical arcs (turned into cubic curves). Bad data throws
 * {@link IllegalArgumentException} naming the offset.
 */
public final class SvgPathParser {

    private final String d;
    private int pos;
    private final PathData.Builder out = new PathData.Builder();
    private double x;
    private double y;
    private double startX;
    private double startY;
    private double lastCtrlX;
    private double lastCtrlY;
    private char lastCmd = ' ';

    private SvgPathParser(String d) {
        this.d = d;
    }

    /** The path described by {@code d}. */
    public static PathData parse(String d) {
        SvgPathParser p = new SvgPathParser(d);
        p.run();
        return p.out.build();
    }

    private void run() {
        char cmd = ' ';
        skipSpace();
        while (pos < d.length()) {
            char c = d.charAt(pos);
            if (Character.isLetter(c)) {
                cmd = c;
                pos++;
            } else if (cmd == ' ') {
                throw error("path data must start with a command");
            } else if (cmd == 'M') {
                cmd = 'L'; // numbers after a move are implicit line-tos
            } else if (cmd == 'm') {
                cmd = 'l';
            } else if (cmd == 'Z' || cmd == 'z') {
                throw error("unexpected number after close");
            }
            segment(cmd);
            skipSpace();
        }
    }

    private void segment(char cmd) {
        boolean rel = Character.isLowerCase(cmd);
        double ox = rel ? x : 0;
        double oy = rel ? y : 0;
        switch (Character.toUpperCase(cmd)) {
            case 'M' -> {
                x = ox + num();
                y = oy + num();
                startX = x;
                startY = y;
                out.moveTo(x, y);
            }
            case 'L' -> lineTo(ox + num(), oy + num());
            case 'H' -> lineTo(ox + num(), y);
            case 'V' -> lineTo(x, (rel ? y : 0) + num());
            case 'C' -> cubic(ox + num(), oy + num(), ox + num(), oy + num(), ox + num(), oy + num());
            case 'S' -> {
                boolean after = "CcSs".indexOf(lastCmd) >= 0;
                double c1x = after ? 2 * x - lastCtrlX : x;
                double c1y = after ? 2 * y - lastCtrlY : y;
                cubic(c1x, c1y, ox + num(), oy + num(), ox + num(), oy + num());
            }
            case 'Q' -> quad(ox + num(), oy + num(), ox + num(), oy + num());
            case 'T' -> {
                boolean after = "QqTt".indexOf(lastCmd) >= 0;
                quad(after ? 2 * x - lastCtrlX : x, after ? 2 * y - lastCtrlY : y, ox + num(), oy + num());
            }
            case 'A' -> {
                double rx = num();
                double ry = num();
                double rot = num();
                boolean large = flag();
                boolean sweep = flag();
                arc(rx, ry, rot, large, sweep, ox + num(), oy + num());
            }
            case 'Z' -> {
                out.close();
                x = startX;
                y = startY;
            }
            default -> throw error("unknown command '" + cmd + "'");
        }
        lastCmd = cmd;
    }

    private void lineTo(double nx, double ny) {
        x = nx;
        y = ny;
        out.lineTo(x, y);
    }

    private void cubic(double c1x, double c1y, double c2x, double c2y, double nx, double ny) {
        out.cubicTo(c1x, c1y, c2x, c2y, nx, ny);
        lastCtrlX = c2x;
        lastCtrlY = c2y;
        x = nx;
        y = ny;
    }

    private void quad(double cx, double cy, double nx, double ny) {
        out.quadTo(cx, cy, nx, ny);
        lastCtrlX = cx;
        lastCtrlY = cy;
        x = nx;
        y = ny;
    }

    /** Endpoint to centre parameterisation (SVG 1.1 appendix F.6), then at most 90° per cubic. */
    private void arc(double rx, double ry, double rotDeg, boolean large, boolean sweep, double nx, double ny) {
        if (rx == 0 || ry == 0) {
            lineTo(nx, ny);
            return;
        }
        if (nx == x && ny == y) {
            return;
        }
        rx = Math.abs(rx);
        ry = Math.abs(ry);
        double phi = Math.toRadians(rotDeg);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double dx2 = (x - nx) / 2;
        double dy2 = (y - ny) / 2;
        double x1p = cos * dx2 + sin * dy2;
        double y1p = -sin * dx2 + cos * dy2;
        double lambda = x1p * x1p / (rx * rx) + y1p * y1p / (ry * ry);
        if (lambda > 1) {
            rx *= Math.sqrt(lambda);
            ry *= Math.sqrt(lambda);
        }
        double num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
        double den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
        double coef = Math.sqrt(Math.max(0, num / den)) * (large == sweep ? -1 : 1);
        double cxp = coef * rx * y1p / ry;
        double cyp = -coef * ry * x1p / rx;
        double cx = cos * cxp - sin * cyp + (x + nx) / 2;
        double cy = sin * cxp + cos * cyp + (y + ny) / 2;
        double t1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
        double dt = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
        if (!sweep && dt > 0) {
            dt -= 2 * Math.PI;
        } else if (sweep && dt < 0) {
            dt += 2 * Math.PI;
        }
        int parts = (int) Math.ceil(Math.abs(dt) / (Math.PI / 2) - 1e-9);
        double step = dt / parts;
        double k = 4.0 / 3 * Math.tan(step / 4);
        double t = t1;
        for (int i = 0; i < parts; i++) {
            double c1 = Math.cos(t);
            double s1 = Math.sin(t);
            double c2 = Math.cos(t + step);
            double s2 = Math.sin(t + step);
            double[] p1 = pt(cx, cy, rx, ry, cos, sin, c1 - k * s1, s1 + k * c1);
            double[] p2 = pt(cx, cy, rx, ry, cos, sin, c2 + k * s2, s2 - k * c2);
            double[] p3 = i == parts - 1 ? new double[] {nx, ny} : pt(cx, cy, rx, ry, cos, sin, c2, s2);
            out.cubicTo(p1[0], p1[1], p2[0], p2[1], p3[0], p3[1]);
            t += step;
        }
        x = nx;
        y = ny;
    }

    private static double[] pt(double cx, double cy, double rx, double ry, double cos, double sin, double ux, double uy) {
        return new double[] {cx + rx * ux * cos - ry * uy * sin, cy + rx * ux * sin + ry * uy * cos};
    }

    private static double angle(double ux, double uy, double vx, double vy) {
        return Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    }

    private boolean flag() {
        skipSeparators();
        if (pos < d.length() && (d.charAt(pos) == '0' || d.charAt(pos) == '1')) {
            return d.charAt(pos++) == '1';
        }
        throw error("expected an arc flag (0 or 1)");
    }

    private double num() {
        skipSeparators();
        int start = pos;
        if (pos < d.length() && (d.charAt(pos) == '-' || d.charAt(pos) == '+')) {
            pos++;
        }
        boolean dot = false;
        boolean digits = false;
        while (pos < d.length()) {
            char c = d.charAt(pos);
            if (Character.isDigit(c)) {
                digits = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
            pos++;
        }
        if (digits && pos < d.length() && (d.charAt(pos) == 'e' || d.charAt(pos) == 'E')) {
            pos++;
            if (pos < d.length() && (d.charAt(pos) == '-' || d.charAt(pos) == '+')) {
                pos++;
            }
            while (pos < d.length() && Character.isDigit(d.charAt(pos))) {
                pos++;
            }
        }
        if (!digits) {
            throw error("expected a number");
        }
        return Double.parseDouble(d.substring(start, pos));
    }

    private void skipSeparators() {
        while (pos < d.length() && (Character.isWhitespace(d.charAt(pos)) || d.charAt(pos) == ',')) {
            pos++;
        }
    }

    private void skipSpace() {
        skipSeparators();
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("path data at offset " + pos + ": " + what + " in \"" + d + "\"");
    }
}
