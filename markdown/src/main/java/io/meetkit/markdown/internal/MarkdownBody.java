package io.meetkit.markdown.internal;

import io.meetkit.core.Link;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** The Markdown side of a post: commonmark-java parsing with file-relative source spans, and what is read from it. */
public final class MarkdownBody {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownBody(boolean gfm) {
        List<Extension> extensions = gfm ? List.of(TablesExtension.create(), AutolinkExtension.create()) : List.of();
        this.parser = Parser.builder().extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).build();
    }

    /**
     * Parses {@code body}, which starts on file line {@code startLine}; source spans in the result are
     * relative to the whole file (line = lineIndex + 1).
     */
    public Node parse(String body, int startLine) {
        // Blank lines in front change nothing in Markdown but shift every span onto its file line.
        String padded = startLine > 1 ? "\n".repeat(startLine - 1) + body : body;
        return parser.parse(padded);
    }

    /** The body as HTML; raw HTML in the post is passed through, as the site generator would. */
    public String html(String body) {
        return renderer.render(parser.parse(body));
    }

    /** The text of the first heading of any level. */
    public static Optional<String> firstHeading(Node document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                String text = plainText(h).strip();
                if (!text.isEmpty()) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    /** The plain text of the first paragraph that has any. */
    public static Optional<String> firstParagraph(Node document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph p) {
                String text = plainText(p).strip();
                if (!text.isEmpty()) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    /** Every link and image of the body, in order, with relative URLs resolved against {@code base}. */
    public static List<Link> links(Node document, Optional<URI> base) {
        List<Link> links = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Link link) {
                add(link.getDestination(), plainText(link));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                add(image.getDestination(), plainText(image));
            }

            private void add(String destination, String label) {
                if (destination == null || destination.isBlank() || destination.startsWith("#")) {
                    return;
                }
                URI uri;
                try {
                    uri = Link.parseUri(destination.strip());
                } catch (IllegalArgumentException e) {
                    return; // a broken link target is kept in the body, not in the link list
                }
                if (!uri.isAbsolute() && base.isPresent() && !destination.startsWith("{")) {
                    try {
                        uri = base.get().resolve(uri);
                    } catch (IllegalArgumentException e) {
                        return;
                    }
                }
                String l = label.strip();
                links.add(l.isEmpty() ? Link.of(uri) : Link.of(uri, l));
            }
        });
        return links;
    }

    private static final Set<Class<?>> BREAKS = Set.of(SoftLineBreak.class, HardLineBreak.class);

    /** The text of a node and its descendants, line breaks as spaces. */
    public static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        appendText(node, sb);
        return sb.toString().replaceAll("[ \\t]+", " ");
    }

    private static void appendText(Node node, StringBuilder sb) {
        if (node instanceof Text t) {
            sb.append(t.getLiteral());
        } else if (node instanceof Code c) {
            sb.append(c.getLiteral());
        } else if (BREAKS.contains(node.getClass())) {
            sb.append(' ');
        } else if (node instanceof HtmlBlock) {
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            appendText(child, sb);
            if (child instanceof Paragraph || child instanceof Heading) {
                sb.append('\n');
            }
        }
    }
}
