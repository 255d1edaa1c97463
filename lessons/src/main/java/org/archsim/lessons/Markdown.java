package org.archsim.lessons;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Renders lesson markdown to HTML; raw HTML in a pack is escaped, since a pack is data only. */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {
    }

    /** CommonMark {@code text} as an HTML fragment. */
    public static String toHtml(String text) {
        return RENDERER.render(PARSER.parse(text));
    }
}
