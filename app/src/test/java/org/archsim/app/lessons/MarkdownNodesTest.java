package org.archsim.app.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;

/** Markdown to nodes: the tree walk gives headings, styled runs, lists and code, and shows raw HTML as text. */
@org.junit.jupiter.api.extension.ExtendWith(org.testfx.framework.junit5.ApplicationExtension.class)
class MarkdownNodesTest {   // controls need the toolkit; TestFX starts it the way the UI tests expect


    @Test
    void blocksAndInlineRunsBecomeNodes() {
        VBox box = MarkdownNodes.render("# One server\n\nA *single* **server** runs `app`.\n\n- first\n- second\n\n"
                + "```\nx = 1\n```\n\n<b>raw</b>");
        assertThat(box.getChildren()).hasSize(5);
        assertThat(((Label) box.getChildren().get(0)).getText()).isEqualTo("One server");
        TextFlow p = (TextFlow) box.getChildren().get(1);
        assertThat(p.getChildren()).extracting(n -> ((Text) n).getText())
                .containsExactly("A ", "single", " ", "server", " runs ", "app", ".");
        assertThat(p.getChildren().get(1).getStyle()).contains("italic");
        assertThat(p.getChildren().get(3).getStyle()).contains("bold");
        assertThat(p.getChildren().get(5).getStyle()).contains("monospace");
        VBox list = (VBox) box.getChildren().get(2);
        assertThat(list.getChildren()).hasSize(2);
        assertThat(((Label) ((HBox) list.getChildren().get(0)).getChildren().get(0)).getText()).isEqualTo("•");
        assertThat(((Label) box.getChildren().get(3)).getText()).isEqualTo("x = 1");
        assertThat(((TextFlow) box.getChildren().get(4)).getChildren()).extracting(n -> ((Text) n).getText())
                .containsExactly("<b>", "raw", "</b>");
    }
}
