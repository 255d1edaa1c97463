package org.archsim.app.practice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.archsim.app.export.MermaidExport;
import org.archsim.app.export.PdfExport;
import org.archsim.app.export.render.RenderOptions;
import org.archsim.app.export.render.Theme;
import org.archsim.lessons.practice.Estimate;
import org.archsim.lessons.practice.ScoreRow;
import org.archsim.lessons.practice.Scorecard;
import org.archsim.lessons.practice.ScorecardMarkdown;
import org.archsim.model.Design;

/**
 * A scorecard with its design's diagram: Markdown (the lessons module's table plus a Mermaid block) and PDF (text
 * pages for the criteria and estimates, then the diagram page drawn by the export module).
 */
public final class PracticeExport {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;

    private PracticeExport() {
    }

    /** The scorecard as Markdown with a Mermaid diagram of {@code design}. */
    public static String markdown(Scorecard card, Design design) {
        String mermaid = MermaidExport.mermaid(design, Theme.LIGHT, Set.of());
        return ScorecardMarkdown.write(card, "```mermaid\n" + mermaid.strip() + "\n```");
    }

    /** The scorecard as PDF bytes: text pages, then the diagram. */
    public static byte[] pdf(Scorecard card, Design design) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"B", "Scorecard: " + card.problemTitle()});
        lines.add(new String[] {"", card.summary()});
        lines.add(new String[] {"", ""});
        for (ScoreRow r : card.rows()) {
            lines.add(new String[] {"B", (r.passed() ? "PASS  " : "FAIL  ") + r.criterion()});
            wrap(r.evidence(), 95).forEach(s -> lines.add(new String[] {"", "      " + s}));
        }
        if (!card.estimates().isEmpty()) {
            lines.add(new String[] {"", ""});
            lines.add(new String[] {"B", "Back-of-the-envelope estimates"});
            for (Estimate e : card.estimates()) {
                lines.add(new String[] {"B", (e.passed() ? "PASS  " : "FAIL  ") + e.name()});
                wrap(e.explanation(), 95).forEach(s -> lines.add(new String[] {"", "      " + s}));
            }
        }
        try (PDDocument doc = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (int i = start; i < Math.min(lines.size(), start + perPage); i++) {
                        cs.setFont(lines.get(i)[0].equals("B") ? bold : regular, 10);
                        cs.showText(latin1(lines.get(i)[1]));
                        cs.newLineAtOffset(0, -LEADING);
                    }
                    cs.endText();
                }
            }
            try (PDDocument diagram = Loader.loadPDF(PdfExport.pdf(design, RenderOptions.defaults()))) {
                new PDFMergerUtility().appendDocument(doc, diagram);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard PDF fonts cover Latin-1 only; the few typographic signs used are spelled out. */
    static String latin1(String s) {
        String t = s.replace("≤", "<=").replace("≥", ">=").replace("—", "-").replace("–", "-").replace("…", "...")
                .replace("→", "->").replace("’", "'");
        StringBuilder b = new StringBuilder(t.length());
        for (char c : t.toCharArray()) {
            b.append(c < 256 && (c >= 32 || c == '\t') ? c : '?');
        }
        return b.toString();
    }

    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }
}
