package io.meetkit.markdown.internal.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Turns a commonmark document into {@link ProseBlock}s. Raw HTML (embeds, tweets, layout boxes) is left out, as are
 * images inside prose: they are not text a reader reads. Reference links arrive already resolved by commonmark.
 */
public final class ProseReader {

    /** Zero-width characters and BOMs, dropped from text: compiled once rather than per text node. */
    private static final java.util.regex.Pattern INVISIBLE = java.util.regex.Pattern.compile("[\u200B-\u200D\u2060\uFEFF]");


    private final List<ProseBlock> blocks = new ArrayList<>();
    private int nextListId;
    private String section = "";
    private String lastLeadIn = "";

    private ProseReader() {
    }

    /** The blocks of {@code document} in reading order. */
    public static List<ProseBlock> read(Node document) {
        ProseReader reader = new ProseReader();
        reader.visitChildren(document, -1, "");
        return List.copyOf(reader.blocks);
    }

    private void visitChildren(Node parent, int listId, String leadIn) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            visitBlock(child, listId, leadIn);
        }
    }

    private void visitBlock(Node node, int listId, String leadIn) {
        if (node instanceof HtmlBlock || node instanceof ThematicBreak || node instanceof LinkReferenceDefinition) {
            return;
        }
        if (node instanceof Heading heading) {
            Inline inline = inline(heading);
            section = inline.text.toString().strip();
            lastLeadIn = section;
            add(ProseBlock.Kind.HEADING, heading.getLevel(), inline, heading, -1, "", Optional.empty());
        } else if (node instanceof Paragraph paragraph) {
            Optional<String> imageOnly = imageOnly(paragraph);
            if (imageOnly.isPresent()) {
                add(ProseBlock.Kind.IMAGE, 0, new Inline(), paragraph, -1, "", imageOnly);
                return;
            }
            Inline inline = inline(paragraph);
            if (inline.text.toString().isBlank() && inline.spans.isEmpty()) {
                return;
            }
            lastLeadIn = inline.text.toString().strip();
            add(ProseBlock.Kind.PARAGRAPH, 0, inline, paragraph, listId, leadIn, Optional.empty());
        } else if (node instanceof ListBlock list) {
            int id = nextListId++;
            String lead = lastLeadIn;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem li) {
                    visitItem(li, id, lead);
                }
            }
            lastLeadIn = lead;
        } else if (node instanceof TableBlock table) {
            visitTable(table);
        } else if (node instanceof IndentedCodeBlock code) {
            addCode(code.getLiteral(), code);
        } else if (node instanceof FencedCodeBlock code) {
            addCode(code.getLiteral(), code);
        } else if (node instanceof Block) {
            visitChildren(node, listId, leadIn);
        }
    }

    /**
     * A table's body rows become list items whose cells are joined by " - ", so that an agenda table
     * ("| 18:00 | Title | Speaker |") reads like an agenda list; the header row is their lead-in.
     */
    private void visitTable(TableBlock table) {
        int id = nextListId++;
        String header = "";
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                Inline inline = new Inline();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        Inline c = inline(cell);
                        if (c.text.toString().isBlank()) {
                            continue;
                        }
                        if (inline.text.length() > 0) {
                            inline.text.append(" - ");
                        }
                        int offset = inline.text.length();
                        inline.text.append(c.text);
                        for (Span s : c.spans) {
                            inline.spans.add(new Span(s.kind(), s.start() + offset, s.end() + offset, s.url()));
                        }
                    }
                }
                if (part instanceof TableHead) {
                    header = inline.text.toString();
                } else if (!inline.text.toString().isBlank()) {
                    add(ProseBlock.Kind.ITEM, 0, inline, row, id, header.isEmpty() ? lastLeadIn : header,
                            Optional.empty());
                }
            }
        }
    }

    private void visitItem(ListItem item, int listId, String leadIn) {
        boolean first = true;
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (first && child instanceof Paragraph paragraph) {
                first = false;
                Inline inline = inline(paragraph);
                if (!inline.text.toString().isBlank()) {
                    add(ProseBlock.Kind.ITEM, 0, inline, paragraph, listId, leadIn, Optional.empty());
                }
            } else if (first && child instanceof Heading heading) {
                first = false;
                add(ProseBlock.Kind.ITEM, 0, inline(heading), heading, listId, leadIn, Optional.empty());
            } else {
                String saved = lastLeadIn;
                visitBlock(child, -1, "");
                lastLeadIn = saved;
            }
        }
    }

    private void addCode(String literal, Node node) {
        Inline inline = new Inline();
        inline.text.append(literal.stripTrailing());
        add(ProseBlock.Kind.CODE, 0, inline, node, -1, "", Optional.empty());
    }

    private void add(ProseBlock.Kind kind, int level, Inline inline, Node node, int listId, String leadIn,
                     Optional<String> imageTitle) {
        blocks.add(new ProseBlock(kind, level, inline.text.toString(), lineOf(node), inline.spans, listId, leadIn,
                kind == ProseBlock.Kind.HEADING ? "" : section, imageTitle));
    }

    private static int lineOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans == null || spans.isEmpty()) {
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                List<SourceSpan> ps = p.getSourceSpans();
                if (ps != null && !ps.isEmpty()) {
                    return ps.get(0).getLineIndex() + 1;
                }
            }
            return 1;
        }
        return spans.get(0).getLineIndex() + 1;
    }

    /** The title (or else alt text) of a paragraph made of images and white space only. */
    private static Optional<String> imageOnly(Paragraph paragraph) {
        String title = null;
        boolean sawImage = false;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image image) {
                sawImage = true;
                if (title == null) {
                    String t = image.getTitle();
                    title = t != null && !t.isBlank() ? t : "";
                }
            } else if (child instanceof Link link && link.getFirstChild() instanceof Image
                    && link.getFirstChild().getNext() == null) {
                return Optional.empty(); // a linked thumbnail carries a link worth keeping
            } else if (child instanceof Text text && text.getLiteral().isBlank()
                    || child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                continue;
            } else {
                return Optional.empty();
            }
        }
        return sawImage ? Optional.of(title == null ? "" : title) : Optional.empty();
    }

    private static Inline inline(Node parent) {
        Inline inline = new Inline();
        appendInline(parent, inline);
        return inline;
    }

    private static void appendInline(Node parent, Inline out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                // No-break spaces read as spaces; zero-width characters and BOMs are invisible and dropped.
                out.text.append(INVISIBLE.matcher(text.getLiteral().replace('\u00A0', ' ')).replaceAll(""));
            } else if (node instanceof Code code) {
                int start = out.text.length();
                out.text.append(code.getLiteral());
                out.spans.add(new Span(Span.Kind.CODE, start, out.text.length(), ""));
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                out.text.append('\n');
            } else if (node instanceof Image || node instanceof HtmlInline) {
                continue;
            } else if (node instanceof Link link) {
                int start = out.text.length();
                int spanIndex = out.spans.size();
                appendInline(link, out);
                out.spans.add(spanIndex, new Span(Span.Kind.LINK, start, out.text.length(), link.getDestination()));
            } else if (node instanceof StrongEmphasis || node instanceof Emphasis) {
                int start = out.text.length();
                int spanIndex = out.spans.size();
                appendInline(node, out);
                Span.Kind kind = node instanceof StrongEmphasis ? Span.Kind.STRONG : Span.Kind.EMPHASIS;
                out.spans.add(spanIndex, new Span(kind, start, out.text.length(), ""));
            } else {
                appendInline(node, out);
            }
        }
    }

    private static final class Inline {
        final StringBuilder text = new StringBuilder();
        final List<Span> spans = new ArrayList<>();
    }
}
