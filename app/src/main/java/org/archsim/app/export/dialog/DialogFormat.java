package org.archsim.app.export.dialog;

import java.util.Optional;
import org.archsim.app.export.ExportFormat;

/**
 * What the export dialog's format chooser offers: the five design formats, and a run's metrics as CSV or JSON
 * (offered only once the design has been run, because before that there is nothing to write).
 */
public enum DialogFormat {
    PNG("PNG image", ExportFormat.PNG, "png"),
    SVG("SVG vector image", ExportFormat.SVG, "svg"),
    PDF("PDF document", ExportFormat.PDF, "pdf"),
    DRAWIO("draw.io diagram", ExportFormat.DRAWIO, "drawio"),
    MERMAID("Mermaid flowchart", ExportFormat.MERMAID, "mmd"),
    CSV("Run metrics (CSV)", null, "csv"),
    JSON("Run metrics (JSON)", null, "json");

    private final String label;
    private final ExportFormat design;
    private final String extension;

    DialogFormat(String label, ExportFormat design, String extension) {
        this.label = label;
        this.design = design;
        this.extension = extension;
    }

    /** The design format this stands for, or empty for the run-metrics formats. */
    public Optional<ExportFormat> designFormat() {
        return Optional.ofNullable(design);
    }

    /** Whether this writes the last run's metrics rather than the design. */
    public boolean isResults() {
        return design == null;
    }

    /** Whether the output is a drawing, so theme, transparency and the metrics overlay apply. */
    public boolean isPicture() {
        return design != null && design.isPicture();
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The dialog's format for a design format. */
    public static DialogFormat of(ExportFormat f) {
        return valueOf(f.name());
    }

    @Override
    public String toString() {
        return label;
    }
}
