package org.archsim.app.dashboard;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.archsim.app.export.AtomicFiles;
import org.archsim.app.export.ResultsExport;
import org.archsim.model.Design;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;

/**
 * Writes what the dashboard shows: the charts as a PNG (a snapshot of the chart node, on the FX thread), every time
 * series as CSV, and the latest report as the results CSV and JSON of the export package. Given {@code NAME.png},
 * the files are {@code NAME.png}, {@code NAME-series.csv}, {@code NAME-parts.csv} and {@code NAME.json}.
 */
public final class DashboardExport {

    private DashboardExport() {
    }

    /** The files written for a chosen PNG path, in the order {@link #writeAll} writes them. */
    public static List<Path> files(Path png) {
        String base = png.getFileName().toString().replaceFirst("(?i)\\.png$", "");
        Path dir = png.toAbsolutePath().getParent();
        return List.of(dir.resolve(base + ".png"), dir.resolve(base + "-series.csv"), dir.resolve(base + "-parts.csv"),
                dir.resolve(base + ".json"));
    }

    /**
     * Writes every file; the PNG only when {@code charts} is given (call on the FX thread then); the report files
     * only when there is a report. Returns the files written.
     */
    public static List<Path> writeAll(Path png, Node charts, DashboardViewModel vm, Design design, Scenario scenario)
            throws IOException {
        List<Path> f = files(png);
        List<Path> written = new ArrayList<>();
        if (charts != null) {
            AtomicFiles.write(f.get(0), png(charts));
            written.add(f.get(0));
        }
        AtomicFiles.write(f.get(1), seriesCsv(vm).getBytes(StandardCharsets.UTF_8));
        written.add(f.get(1));
        SimulationReport r = vm.latest();
        if (r != null) {
            AtomicFiles.write(f.get(2), ResultsExport.csv(r, design).getBytes(StandardCharsets.UTF_8));
            written.add(f.get(2));
            if (scenario != null) {
                AtomicFiles.write(f.get(3), ResultsExport.json(r, scenario).getBytes(StandardCharsets.UTF_8));
                written.add(f.get(3));
            }
        }
        return written;
    }

    /** The node as PNG bytes at its on-screen size (FX thread). */
    public static byte[] png(Node node) throws IOException {
        SnapshotParameters p = new SnapshotParameters();
        WritableImage img = node.snapshot(p, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader px = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, px.getArgb(x, y));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(out, "png", bytes);
        return bytes.toByteArray();
    }

    /**
     * Every series of every scope in long form: {@code scope,metric,series,timeS,value}; scope is {@code system} or
     * a part id; empty value where a point has none (e.g. no request ended in that interval).
     */
    public static String seriesCsv(DashboardViewModel vm) {
        StringBuilder sb = new StringBuilder("scope,metric,series,timeS,value\r\n");
        String keep = vm.selectedPartProperty().get();
        List<String> scopes = new ArrayList<>();
        scopes.add(null);
        scopes.addAll(vm.partIds());
        try {
            for (String scope : scopes) {
                vm.selectedPartProperty().set(scope);
                for (Metric m : Metric.values()) {
                    if (scope == null && m == Metric.UTILISATION) {
                        continue; // the per-part lines are written under each part's own scope
                    }
                    for (Series s : vm.series(m)) {
                        Ring r = s.ring();
                        for (int i = 0; i < r.size(); i++) {
                            sb.append(scope == null ? "system" : csvCell(scope)).append(',')
                                    .append(m.name().toLowerCase(Locale.ROOT)).append(',').append(csvCell(s.name()))
                                    .append(',').append(num(r.time(i))).append(',').append(num(r.value(i)))
                                    .append("\r\n");
                        }
                    }
                }
            }
        } finally {
            vm.selectedPartProperty().set(keep);
        }
        return sb.toString();
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
