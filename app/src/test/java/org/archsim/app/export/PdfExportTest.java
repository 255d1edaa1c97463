package org.archsim.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.archsim.app.export.render.DiagramRenderer;
import org.archsim.app.export.render.RenderOptions;
import org.archsim.app.export.render.Theme;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.junit.jupiter.api.Test;

/** Opens exported PDFs with PDFBox: one page the diagram's size, with the part names as text. */
class PdfExportTest {

    @Test
    void onePageOfTheDiagramsSizeWithThePartNames() throws Exception {
        Design d = Fixtures.example("microservices");
        RenderOptions o = RenderOptions.defaults().withTheme(Theme.DARK);
        DiagramRenderer r = new DiagramRenderer(d, o);
        try (PDDocument doc = Loader.loadPDF(PdfExport.pdf(d, o))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat((double) box.getWidth()).isCloseTo(r.width(), org.assertj.core.data.Offset.offset(0.01));
            assertThat((double) box.getHeight()).isCloseTo(r.height(), org.assertj.core.data.Offset.offset(0.01));
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (Component c : d.components()) {
                for (String word : c.name().split(" ")) {
                    assertThat(text).as(c.id()).contains(word);
                }
            }
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Microservices");
            assertThat(doc.getPage(0).getResources().getXObjectNames()).as("drawn as a vector form").isNotEmpty();
        }
    }
}
