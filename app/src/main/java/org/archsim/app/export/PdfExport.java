package org.archsim.app.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.archsim.app.export.render.DiagramRenderer;
import org.archsim.app.export.render.Java2DSurface;
import org.archsim.app.export.render.RenderOptions;
import org.archsim.model.Design;

/**
 * Vector output through PDFBox and its Graphics2D bridge: one page exactly the diagram's size (1 diagram unit =
 * 1 PDF point), shapes as PDF paths and text as real text in the standard Helvetica font (characters it lacks are
 * drawn as outlines), so the names can be searched and copied.
 */
public final class PdfExport {

    /**
     * PDFBox warns once per text run that it measures Helvetica with a system stand-in font; that is expected here,
     * and the command line must not print pages of it. Held in a field so the level setting is not collected away.
     */
    private static final java.util.logging.Logger FONT_LOG = quiet("org.apache.pdfbox.pdmodel.font");

    private PdfExport() {
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
        log.setLevel(java.util.logging.Level.SEVERE);
        return log;
    }

    /** The diagram as the bytes of a one-page PDF. */
    public static byte[] pdf(Design design, RenderOptions options) {
        DiagramRenderer r = new DiagramRenderer(design, options);
        float w = (float) r.width();
        float h = (float) r.height();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
            try (PdfBoxGraphics2DFontTextDrawerDefaultFonts fonts = new PdfBoxGraphics2DFontTextDrawerDefaultFonts()) {
                g.setFontTextDrawer(fonts);
                r.draw(new Java2DSurface(g));
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(form);
            }
            var info = doc.getDocumentInformation();
            info.setTitle(design.name());
            info.setCreator("ArchSim");
            info.setCreationDate(Calendar.getInstance());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
