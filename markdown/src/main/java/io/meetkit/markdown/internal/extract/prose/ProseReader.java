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


    /** Bounds for {@link #read(Node, Bounds)}: no more blocks, inline spans or nesting levels are read. */
    public record Bounds(int maxBlocks, int maxSpans, int maxDepth) {

        /** Bounds far above real posts, for callers without limits of their own. */
        public static final Bounds DEFAULT = new Bounds(10_000, 10_000, 64);
    }

    /**
     * The blocks read from a document.
     *
     * @param blocks      the blocks in reading order
     * @param blocksCut   whether the document had more blocks than the bound, which were not read
     * @param spansCut    whether it had more links, code spans and emphasis than the bound, which were not kept
     */
    public record Read(List<ProseBlock> blocks, boolean blocksCut, boolean spansCut) {
    }

    private final Bounds bounds;
    private final List<ProseBlock> blocks = new ArrayList<>();
    private int spanCount;
    private boolean blocksCut;
    private boolean spansCut;
    private int nextListId;
    private String section = "";
    private String lastLeadIn = "";

    private ProseReader(Bounds bounds) {
        this.bounds = bounds;
    }

    /** The blocks of {@code document} in reading order, within {@link Bounds#DEFAULT}. */
    public static List<ProseBlock> read(Node document) {
        return read(document, Bounds.DEFAULT).blocks();
    }

    /**
     * The blocks of {@code document} in reading order. Memory stays proportional to what is kept: reading stops at
     * {@code maxBlocks} blocks, spans past {@code maxSpans} are dropped, blocks nested deeper than {@code maxDepth}
     * are not read, and a block keeps at most {@link Window#BLOCK_CHARS} of its text.
     */
    public static Read read(Node document, Bounds bounds) {
        ProseReader reader = new ProseReader(bounds);
        reader.visitChildren(document, -1, "", 0);
        return new Read(List.copyOf(reader.blocks), reader.blocksCut, reader.spansCut);
    }

    private void visitChildren(Node parent, int listId, String leadIn, int depth) {
        if (depth > bounds.maxDepth()) {
            return; // reported by the post reader's nesting check; deeper text is not read, nor recursed into
        }
        for (Node child = parent.getFirstChild(); child != null && !blocksCut; child = child.getNext()) {
            visitBlock(child, listId, leadIn, depth);
        }
    }

    private void visitBlock(Node node, int listId, String leadIn, int depth) {
        if (node instanceof HtmlBlock html) {
            visitHtml(html, leadIn);
            return;
        }
        if (node instanceof ThematicBreak || node instanceof LinkReferenceDefinition) {
            return;
        }
        if (node instanceof Heading heading) {
            Inline inline = inline(heading);
            String text = inline.text.toString();
            section = text.strip();
            lastLeadIn = section;
            add(ProseBlock.Kind.HEADING, heading.getLevel(), inline, text, lineOf(heading), -1, "", Optional.empty());
        } else if (node instanceof Paragraph paragraph) {
            Optional<String> imageOnly = imageOnly(paragraph);
            if (imageOnly.isPresent()) {
                add(ProseBlock.Kind.IMAGE, 0, new Inline(), paragraph, -1, "", imageOnly);
                return;
            }
            Inline inline = inline(paragraph);
            String text = inline.text.toString();
            if (text.isBlank() && inline.spans.isEmpty()) {
                return;
            }
            lastLeadIn = text.strip();
            add(ProseBlock.Kind.PARAGRAPH, 0, inline, text, lineOf(paragraph), listId, leadIn, Optional.empty());
        } else if (node instanceof ListBlock list) {
            int id = nextListId++;
            String lead = lastLeadIn;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem li && !blocksCut) {
                    visitItem(li, id, lead, depth + 1);
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
            visitChildren(node, listId, leadIn, depth + 1);
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
            for (Node row = part.getFirstChild(); row != null && !blocksCut; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                Inline inline = new Inline();
                for (Node cell = row.getFirstChild(); cell != null && inline.text.length() < Window.BLOCK_CHARS;
                        cell = cell.getNext()) {
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

    private void visitItem(ListItem item, int listId, String leadIn, int depth) {
        if (depth > bounds.maxDepth()) {
            return;
        }
        boolean first = true;
        for (Node child = item.getFirstChild(); child != null && !blocksCut; child = child.getNext()) {
            if (first && child instanceof Paragraph paragraph) {
                first = false;
                Inline inline = inline(paragraph);
                String text = inline.text.toString();
                if (!text.isBlank()) {
                    add(ProseBlock.Kind.ITEM, 0, inline, text, lineOf(paragraph), listId, leadIn, Optional.empty());
                }
            } else if (first && child instanceof Heading heading) {
                first = false;
                add(ProseBlock.Kind.ITEM, 0, inline(heading), heading, listId, leadIn, Optional.empty());
            } else {
                String saved = lastLeadIn;
                visitBlock(child, -1, "", depth);
                lastLeadIn = saved;
            }
        }
    }

    /** A raw HTML block of plain paragraphs reads as those paragraphs; other raw HTML is skipped. */
    private void visitHtml(HtmlBlock html, String leadIn) {
        Optional<List<HtmlParagraphs.Part>> parts = HtmlParagraphs.read(html.getLiteral());
        if (parts.isEmpty()) {
            return;
        }
        int first = lineOf(html);
        int lastList = -1;
        int listId = -1;
        String lead = lastLeadIn;
        for (HtmlParagraphs.Part part : parts.get()) {
            Inline inline = new Inline();
            inline.text.append(room(inline, part.text()));
            inline.spans.addAll(part.spans());
            if (part.list() < 0) {
                lastLeadIn = part.text().strip();
                lead = lastLeadIn;
                add(ProseBlock.Kind.PARAGRAPH, 0, inline, first + part.lineOffset(), -1, leadIn, Optional.empty());
            } else {
                if (part.list() != lastList) {
                    lastList = part.list();
                    listId = nextListId++;
                }
                add(ProseBlock.Kind.ITEM, 0, inline, first + part.lineOffset(), listId, lead, Optional.empty());
            }
        }
    }

    private void addCode(String literal, Node node) {
        Inline inline = new Inline();
        inline.text.append(room(inline, literal).stripTrailing());
        add(ProseBlock.Kind.CODE, 0, inline, node, -1, "", Optional.empty());
    }

    private void add(ProseBlock.Kind kind, int level, Inline inline, Node node, int listId, String leadIn,
                     Optional<String> imageTitle) {
        add(kind, level, inline, lineOf(node), listId, leadIn, imageTitle);
    }

    private void add(ProseBlock.Kind kind, int level, Inline inline, int line, int listId, String leadIn,
                     Optional<String> imageTitle) {
        add(kind, level, inline, inline.text.toString(), line, listId, leadIn, imageTitle);
    }

    /** Adds a block whose inline text {@code whole} the caller has already made from {@code inline.text}. */
    private void add(ProseBlock.Kind kind, int level, Inline inline, String whole, int line, int listId,
                     String leadIn, Optional<String> imageTitle) {
        if (blocks.size() >= bounds.maxBlocks()) {
            blocksCut = true;
            return;
        }
        String text = whole;
        if (text.length() > Window.BLOCK_CHARS) {
            // Not reported: a bound of the reader far above real text, documented in the README, not a user's limit
            // (a hostile case expects a 30,000-character line of nested list markers to read without a warning).
            text = text.substring(0, Window.cut(text, 0, text.length(), Window.BLOCK_CHARS));
        }
        List<Span> spans = new ArrayList<>();
        for (Span s : inline.spans) {
            if (s.end() > text.length()) {
                continue;
            }
            if (spanCount >= bounds.maxSpans()) {
                spansCut = true;
                break;
            }
            spans.add(s);
            spanCount++;
        }
        blocks.add(new ProseBlock(kind, level, text, line, spans, listId, leadIn,
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

    private Inline inline(Node parent) {
        Inline inline = new Inline();
        appendInline(parent, inline, 0);
        return inline;
    }

    /**
     * Appends the text and spans of {@code parent}'s inline children, up to a little past {@link Window#BLOCK_CHARS}
     * characters or spans (the block is cut to size when added) and {@link Bounds#maxDepth()} nested levels.
     */
    private void appendInline(Node parent, Inline out, int depth) {
        if (depth > bounds.maxDepth()) {
            return;
        }
        for (Node node = parent.getFirstChild(); node != null && out.text.length() <= Window.BLOCK_CHARS
                && out.spans.size() <= Window.BLOCK_CHARS; node = node.getNext()) {
            if (node instanceof Text text) {
                // No-break spaces read as spaces; zero-width characters and BOMs are invisible and dropped.
                appendVisible(out.text, room(out, text.getLiteral()));
            } else if (node instanceof Code code) {
                int start = out.text.length();
                out.text.append(room(out, code.getLiteral()));
                out.spans.add(new Span(Span.Kind.CODE, start, out.text.length(), ""));
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                out.text.append('\n');
            } else if (node instanceof Image || node instanceof HtmlInline) {
                continue;
            } else if (node instanceof Link link) {
                int start = out.text.length();
                int spanIndex = out.spans.size();
                appendInline(link, out, depth + 1);
                out.spans.add(spanIndex, new Span(Span.Kind.LINK, start, out.text.length(), link.getDestination()));
            } else if (node instanceof StrongEmphasis || node instanceof Emphasis) {
                int start = out.text.length();
                int spanIndex = out.spans.size();
                appendInline(node, out, depth + 1);
                Span.Kind kind = node instanceof StrongEmphasis ? Span.Kind.STRONG : Span.Kind.EMPHASIS;
                out.spans.add(spanIndex, new Span(kind, start, out.text.length(), ""));
            } else {
                appendInline(node, out, depth + 1);
            }
        }
    }

    /** As much of {@code literal} as a block still keeps: a little past the bound, which {@link #add} cuts to. */
    /** Appends {@code literal} with no-break spaces as spaces and without zero-width characters and BOMs. */
    private static void appendVisible(StringBuilder to, String literal) {
        if (plainVisible(literal)) {
            to.append(literal); // the common case: nothing to replace or drop, copied at once
            return;
        }
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\u00A0') {
                to.append(' ');
            } else if (!(c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF')) {
                to.append(c);
            }
        }
    }

    /** Whether {@code literal} has no no-break space, zero-width character or BOM for {@link #appendVisible}. */
    private static boolean plainVisible(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\u00A0' || c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    private static String room(Inline out, String literal) {
        int room = Window.BLOCK_CHARS + 1 - out.text.length();
        return literal.length() <= room ? literal : literal.substring(0, Math.max(0, room));
    }

    private static final class Inline {
        final StringBuilder text = new StringBuilder();
        final List<Span> spans = new ArrayList<>();
    }
}
