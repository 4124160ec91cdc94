package org.policylens.analysis.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The main text of an HTML page: navigation, scripts, styles, headers, footers and forms are dropped, the
 * largest {@code <article>} or {@code <main>} is kept when there is one, and block elements become line breaks.
 */
final class HtmlText {

    private static final String DROP = "script, style, noscript, template, nav, header, footer, aside, form, iframe, "
            + "svg, button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "tr", "table", "section", "article", "main", "blockquote", "pre", "dd", "dt", "dl",
            "hr", "figure", "figcaption", "caption", "center", "address", "body", "title");

    private HtmlText() {
    }

    static String extract(Path file) throws IOException {
        org.jsoup.nodes.Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = Jsoup.parse(in, null, file.toUri().toString());
        }
        doc.select(DROP).remove();
        Element root = mainElement(doc);
        StringBuilder out = new StringBuilder(4096);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendText(out, t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) newline(out);
            }
        }, root);
        return out.toString().strip();
    }

    private static Element mainElement(org.jsoup.nodes.Document doc) {
        Elements candidates = doc.select("article, main, [role=main]");
        Element best = null;
        for (Element e : candidates) {
            if (best == null || e.text().length() > best.text().length()) best = e;
        }
        Element body = doc.body();
        if (best != null && best.text().length() * 2 >= body.text().length()) return best;
        return body;
    }

    /** Appends text with runs of ASCII whitespace collapsed (HTML semantics); other spaces are kept. */
    private static void appendText(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                int len = out.length();
                if (len > 0 && out.charAt(len - 1) != ' ' && out.charAt(len - 1) != '\n') out.append(' ');
            } else {
                out.append(c);
            }
        }
    }

    private static void newline(StringBuilder out) {
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') out.setLength(--len);
        if (len > 0 && out.charAt(len - 1) != '\n') out.append('\n');
    }
}
