package org.archsim.app.lessons;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Turns lesson markdown (CommonMark) into JavaFX nodes by walking its syntax tree: headings become labels, paragraphs
 * text flows with bold, italic and code runs, lists indented rows with bullets or numbers, code blocks monospaced
 * labels. No web view: the panel stays light and themeable, and raw HTML in a pack is shown as plain text, never
 * interpreted (a pack is data only). Links show their text underlined but do not open anything.
 */
public final class MarkdownNodes {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownNodes() {
    }

    /** The nodes for {@code markdown}, one per top-level block, in a box styled {@code lesson-markdown}. */
    public static VBox render(String markdown) {
        VBox box = new VBox(8);
        box.getStyleClass().add("lesson-markdown");
        addBlocks(box, PARSER.parse(markdown == null ? "" : markdown));
        return box;
    }

    private static void addBlocks(VBox box, org.commonmark.node.Node parent) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Node block = block(n);
            if (block != null) {
                box.getChildren().add(block);
            }
        }
    }

    private static Node block(org.commonmark.node.Node n) {
        if (n instanceof Heading h) {
            Label l = new Label(plainText(h));
            l.setWrapText(true);
            l.getStyleClass().addAll("lesson-heading", h.getLevel() <= 1 ? "title-3" : "title-4");
            return l;
        }
        if (n instanceof Paragraph p) {
            return flow(p);
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            VBox list = new VBox(4);
            int number = n instanceof OrderedList o ? o.getMarkerStartNumber() : 0;
            for (org.commonmark.node.Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    VBox content = new VBox(4);
                    addBlocks(content, item);
                    Label bullet = new Label(n instanceof OrderedList ? number++ + "." : "•");
                    bullet.setMinWidth(18);
                    HBox row = new HBox(4, bullet, content);
                    row.getStyleClass().add("lesson-list-item");
                    list.getChildren().add(row);
                }
            }
            return list;
        }
        if (n instanceof FencedCodeBlock c) {
            return code(c.getLiteral());
        }
        if (n instanceof IndentedCodeBlock c) {
            return code(c.getLiteral());
        }
        if (n instanceof BlockQuote) {
            VBox quote = new VBox(6);
            quote.getStyleClass().add("lesson-quote");
            quote.setStyle("-fx-padding: 0 0 0 10; -fx-border-color: transparent transparent transparent "
                    + "-color-border-default; -fx-border-width: 0 0 0 3;");
            addBlocks(quote, n);
            return quote;
        }
        if (n instanceof ThematicBreak) {
            return new Separator();
        }
        if (n instanceof HtmlBlock h) {
            return code(h.getLiteral());
        }
        return null;
    }

    private static Label code(String literal) {
        Label l = new Label(literal.stripTrailing());
        l.getStyleClass().add("lesson-code");
        l.setStyle("-fx-font-family: monospace; -fx-padding: 6; -fx-background-color: -color-bg-subtle;");
        return l;
    }

    private static TextFlow flow(org.commonmark.node.Node parent) {
        TextFlow f = new TextFlow();
        f.getStyleClass().add("lesson-paragraph");
        inline(f, parent, false, false);
        return f;
    }

    private static void inline(TextFlow f, org.commonmark.node.Node parent, boolean bold, boolean italic) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                f.getChildren().add(text(t.getLiteral(), bold, italic, false));
            } else if (n instanceof Emphasis) {
                inline(f, n, bold, true);
            } else if (n instanceof StrongEmphasis) {
                inline(f, n, true, italic);
            } else if (n instanceof Code c) {
                f.getChildren().add(text(c.getLiteral(), bold, italic, true));
            } else if (n instanceof SoftLineBreak) {
                f.getChildren().add(text(" ", bold, italic, false));
            } else if (n instanceof HardLineBreak) {
                f.getChildren().add(text("\n", bold, italic, false));
            } else if (n instanceof HtmlInline h) {
                f.getChildren().add(text(h.getLiteral(), bold, italic, false));
            } else if (n instanceof Link) {
                int from = f.getChildren().size();
                inline(f, n, bold, italic);
                f.getChildren().subList(from, f.getChildren().size()).forEach(x -> ((Text) x).setUnderline(true));
            } else {
                inline(f, n, bold, italic);  // images and anything else: their text
            }
        }
    }

    private static Text text(String s, boolean bold, boolean italic, boolean code) {
        Text t = new Text(s);
        t.getStyleClass().add(code ? "lesson-inline-code" : "lesson-text");
        // Text nodes do not take the theme's text colour by themselves; use the theme's looked-up colour.
        t.setStyle("-fx-fill: -color-fg-default;" + (bold ? " -fx-font-weight: bold;" : "")
                + (italic ? " -fx-font-style: italic;" : "") + (code ? " -fx-font-family: monospace;" : ""));
        return t;
    }

    /** The plain text of a node's inline content. */
    static String plainText(org.commonmark.node.Node parent) {
        StringBuilder sb = new StringBuilder();
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append(' ');
            } else {
                sb.append(plainText(n));
            }
        }
        return sb.toString();
    }
}
