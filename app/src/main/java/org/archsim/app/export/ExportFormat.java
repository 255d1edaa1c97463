package org.archsim.app.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a design can be exported as, with its usual file extension. */
public enum ExportFormat {
    /** A raster image; honours scale and a transparent page. */
    PNG("png", true),
    /** Vector image with one {@code <g>} per part and real text. */
    SVG("svg", true),
    /** One vector page sized to the diagram. */
    PDF("pdf", true),
    /** draw.io's {@code mxfile} XML: one vertex per part, one edge per link. */
    DRAWIO("drawio", false),
    /** Mermaid {@code flowchart LR} text. */
    MERMAID("mmd", false);

    private final String extension;
    private final boolean picture;

    ExportFormat(String extension, boolean picture) {
        this.extension = extension;
        this.picture = picture;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether the output is a drawing (PNG, SVG, PDF) rather than a model for another tool. */
    public boolean isPicture() {
        return picture;
    }

    /** The name used on the command line: {@code png}, {@code svg}, {@code pdf}, {@code drawio}, {@code mermaid}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code name} (command-line name, any case), or empty. */
    public static Optional<ExportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName().equalsIgnoreCase(name)).findFirst();
    }

    /** The format a file name's extension implies ({@code .mmd} and {@code .mermaid} are Mermaid), or empty. */
    public static Optional<ExportFormat> forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".mermaid")) {
            return Optional.of(MERMAID);
        }
        return Arrays.stream(values()).filter(f -> lower.endsWith("." + f.extension)).findFirst();
    }
}
