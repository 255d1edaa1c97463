package org.archsim.app.export;

import java.nio.charset.StandardCharsets;
import org.archsim.app.export.render.RenderOptions;
import org.archsim.model.Design;

/**
 * One entry point for every design format: the bytes of {@code design} exported as {@code format}.
 *
 * <pre>{@code
 * byte[] png = DesignExport.export(design, ExportFormat.PNG, RenderOptions.defaults(), 2);
 * AtomicFiles.write(Path.of("design.png"), png);
 * }</pre>
 */
public final class DesignExport {

    private DesignExport() {
    }

    /**
     * Exports {@code design}. {@code scale} applies to PNG only; draw.io and Mermaid take the theme's colours and the
     * selection from {@code options} and ignore the rest.
     */
    public static byte[] export(Design design, ExportFormat format, RenderOptions options, double scale) {
        return switch (format) {
            case PNG -> ImageExport.png(design, options, scale);
            case SVG -> utf8(SvgExport.svg(design, options));
            case PDF -> PdfExport.pdf(design, options);
            case DRAWIO -> utf8(DrawioExport.drawio(design, options.theme(), options.selection()));
            case MERMAID -> utf8(MermaidExport.mermaid(design, options.theme(), options.selection()));
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
