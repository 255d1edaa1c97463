package org.archsim.app.export.dialog;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.archsim.app.export.AtomicFiles;
import org.archsim.app.export.DesignExport;
import org.archsim.app.export.ImageExport;
import org.archsim.app.export.ResultsExport;
import org.archsim.app.export.render.DiagramRenderer;
import org.archsim.app.export.render.RenderOptions;
import org.archsim.app.export.render.Theme;
import org.archsim.model.Design;
import org.archsim.model.scenario.Scenario;
import org.archsim.sim.report.SimulationReport;

/**
 * The logic of File → Export…: the chosen format and options as properties, which options apply to that format,
 * a suggested file name, a preview, and the export itself. Holds no JavaFX node, so it is tested without a Stage.
 *
 * <p>The view binds a format chooser to {@link #formatProperty()}, a 1×/2×/4× choice to {@link #scaleProperty()}
 * (enabled by {@link #scaleApplicableProperty()}), theme, transparent, selection-only (enabled by
 * {@link #selectionAvailableProperty()}) and metrics (enabled by {@link #metricsAvailableProperty()}); it shows
 * {@link #preview(double, double)} and calls {@link #exportTo(Path)} with the file the user picks. The chooser offers
 * {@link #formats()}: the design formats always, the run-metrics formats (CSV, JSON) once there is a report.
 */
public final class ExportDialogModel {

    private final Design design;
    private final Set<String> selection;
    private final SimulationReport report;
    private final Scenario scenario;

    private final ObjectProperty<DialogFormat> format = new SimpleObjectProperty<>(DialogFormat.PNG);
    private final DoubleProperty scale = new SimpleDoubleProperty(2);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final BooleanProperty transparent = new SimpleBooleanProperty(false);
    private final BooleanProperty selectionOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty includeMetrics = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper scaleApplicable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper pictureOptionsApplicable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper selectionAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper metricsAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper suggestedFileName = new ReadOnlyStringWrapper();

    /**
     * A model for exporting {@code design}; {@code selection} are the part ids selected in the editor (may be empty),
     * {@code latestReport} the last run's report or {@code null} when the design has not been run.
     */
    public ExportDialogModel(Design design, Set<String> selection, SimulationReport latestReport) {
        this(design, selection, latestReport, null);
    }

    /**
     * As {@link #ExportDialogModel(Design, Set, SimulationReport)}, with the scenario of that run (needed for the
     * JSON metrics, which record it; {@code null} offers CSV only).
     */
    public ExportDialogModel(Design design, Set<String> selection, SimulationReport latestReport, Scenario scenario) {
        this.design = design;
        this.selection = Set.copyOf(selection);
        this.report = latestReport;
        this.scenario = latestReport == null ? null : scenario;
        selectionAvailable.bind(Bindings.createBooleanBinding(
                () -> !this.selection.isEmpty() && !format.get().isResults(), format));
        metricsAvailable.set(latestReport != null);
        scaleApplicable.bind(format.isEqualTo(DialogFormat.PNG));
        pictureOptionsApplicable.bind(Bindings.createBooleanBinding(() -> format.get().isPicture(), format));
        suggestedFileName.bind(Bindings.createStringBinding(
                () -> baseName(design.name()) + (format.get().isResults() ? "-metrics." : ".")
                        + format.get().extension(), format));
    }

    public ObjectProperty<DialogFormat> formatProperty() {
        return format;
    }

    /** The formats the chooser offers, in order: PNG, SVG, PDF, draw.io, Mermaid, then CSV and JSON after a run. */
    public List<DialogFormat> formats() {
        List<DialogFormat> out = new ArrayList<>();
        for (DialogFormat f : DialogFormat.values()) {
            if (!f.isResults() || (f == DialogFormat.CSV && report != null)
                    || (f == DialogFormat.JSON && scenario != null)) {
                out.add(f);
            }
        }
        return out;
    }

    /** PNG pixels per diagram unit: 1, 2 or 4 in the dialog. */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty transparentProperty() {
        return transparent;
    }

    /** Export only the editor's selection (and the links between selected parts). */
    public BooleanProperty selectionOnlyProperty() {
        return selectionOnly;
    }

    /** Overlay the last run's utilisation and errors. */
    public BooleanProperty includeMetricsProperty() {
        return includeMetrics;
    }

    /** Whether the scale choice means anything for the current format (PNG only). */
    public ReadOnlyBooleanProperty scaleApplicableProperty() {
        return scaleApplicable.getReadOnlyProperty();
    }

    /** Whether transparent and metrics apply (PNG, SVG, PDF). */
    public ReadOnlyBooleanProperty pictureOptionsApplicableProperty() {
        return pictureOptionsApplicable.getReadOnlyProperty();
    }

    /** Whether "selection only" can be ticked: something is selected and the format draws the design. */
    public ReadOnlyBooleanProperty selectionAvailableProperty() {
        return selectionAvailable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty metricsAvailableProperty() {
        return metricsAvailable.getReadOnlyProperty();
    }

    /** The design's name made file-safe, with the format's extension. */
    public ReadOnlyStringProperty suggestedFileNameProperty() {
        return suggestedFileName.getReadOnlyProperty();
    }

    /** The render options the current choices stand for. */
    public RenderOptions renderOptions() {
        boolean picture = format.get().isPicture();
        return RenderOptions.defaults().withTheme(theme.get())
                .withTransparent(picture && transparent.get())
                .withSelection(selectionOnly.get() && !selection.isEmpty() ? selection : Set.of())
                .withMetrics(picture && includeMetrics.get() ? report : null);
    }

    /**
     * What the preview pane shows: for PNG, SVG and PDF an image of the drawing scaled to fit in
     * {@code maxWidth × maxHeight} (never enlarged); for draw.io and Mermaid the text that would be written.
     */
    public Preview preview(double maxWidth, double maxHeight) {
        RenderOptions o = renderOptions();
        if (!format.get().isPicture()) {
            return new Preview(null, new String(export(1), StandardCharsets.UTF_8));
        }
        DiagramRenderer r = new DiagramRenderer(design, o);
        double fit = Math.min(1, Math.min(maxWidth / r.width(), maxHeight / r.height()));
        return new Preview(ImageExport.image(design, o, fit), null);
    }

    /** The bytes the current choices export. */
    public byte[] export() {
        return export(scale.get());
    }

    private byte[] export(double pngScale) {
        DialogFormat f = format.get();
        if (f == DialogFormat.CSV) {
            return ResultsExport.csv(report, design).getBytes(StandardCharsets.UTF_8);
        }
        if (f == DialogFormat.JSON) {
            return ResultsExport.json(report, scenario).getBytes(StandardCharsets.UTF_8);
        }
        return DesignExport.export(design, f.designFormat().orElseThrow(), renderOptions(), pngScale);
    }

    /**
     * Writes the export to {@code file} atomically: the file is replaced whole or, on failure, left as it was.
     *
     * @throws IOException when the file cannot be written
     */
    public void exportTo(Path file) throws IOException {
        AtomicFiles.write(file, export());
    }

    /**
     * Exports to {@code file} and returns empty, or returns the message to show when that failed — naming the file,
     * the cause in plain words, and that nothing was changed.
     */
    public Optional<String> exportReportingFailure(Path file) {
        try {
            exportTo(file);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("Could not export to " + file + ": " + cause(e)
                    + ". Nothing was written; any existing file is unchanged.");
        }
    }

    static String cause(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    static String baseName(String designName) {
        String s = designName.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "design" : s;
    }

    /**
     * A preview: an image for drawings, text for the other formats (exactly one is non-null).
     *
     * @param image the drawing, or null
     * @param text  the file's text, or null
     */
    public record Preview(BufferedImage image, String text) {
    }
}
