package io.meetkit.markdown.internal.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a raw HTML block written as plain paragraphs, as old Meetup exports are ({@code <p><strong>When:</strong>
 * Saturday<br />…</p>}), into text with link, strong and emphasis spans. Only {@code p}, {@code br}, {@code a},
 * {@code strong}/{@code b}, {@code em}/{@code i} and {@code ul}/{@code ol}/{@code li} are read; a block with any
 * other markup (scripts, embeds, layout) stays unread, as all raw HTML was before. One pass over the block.
 */
final class HtmlParagraphs {

    /**
     * One paragraph or list item of the block.
     *
     * @param list       for a list item, the number of its list within the block; -1 for a paragraph
     * @param lineOffset the line of the block it starts on, counted from 0
     * @param text       its text, line breaks as {@code \n}
     * @param spans      its spans, in order of start (an enclosing span before the ones inside it)
     */
    record Part(int list, int lineOffset, String text, List<Span> spans) {
        Part {
            spans = List.copyOf(spans);
        }
    }

    /** Longer than any real tag; a '<' with no '>' this near is text. */
    private static final int MAX_TAG = 400;
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "#39", "'");

    private final List<Part> parts = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Span> spans = new ArrayList<>();
    private final List<int[]> open = new ArrayList<>(); // {kind ordinal, start, span index}
    private final List<String> openUrls = new ArrayList<>();
    private int line;
    private int partLine;
    private int lists;
    private int list = -1;

    private HtmlParagraphs() {
    }

    /** The paragraphs of {@code html}, or empty when it holds markup other than the tags above. */
    static Optional<List<Part>> read(String html) {
        HtmlParagraphs reader = new HtmlParagraphs();
        return reader.readAll(html) ? Optional.of(List.copyOf(reader.parts)) : Optional.empty();
    }

    private boolean readAll(String html) {
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i);
                if (close < 0 || close - i > MAX_TAG) {
                    return false;
                }
                if (!tag(html.substring(i, close + 1))) {
                    return false;
                }
                i = close + 1;
                continue;
            }
            if (c == '\n') {
                line++;
                if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                String entity = semi > i && semi - i <= 8 ? entity(html.substring(i + 1, semi)) : null;
                if (entity != null) {
                    append(entity);
                    i = semi + 1;
                    continue;
                }
                append("&");
            } else {
                append(String.valueOf(c == '\u00A0' ? ' ' : c));
            }
            i++;
        }
        flush();
        return true;
    }

    private void append(String s) {
        if (text.length() == 0 && s.isBlank()) {
            partLine = line; // a paragraph starts on the line of its first visible character
            return;
        }
        if (text.length() == 0) {
            partLine = line;
        }
        text.append(s);
    }

    /**
     * A tag as written: {@code <name attrs>} or {@code </name attrs>}.
     *
     * @param closing whether it is a closing tag
     * @param name    its name, ASCII letters and digits starting with a letter, as written
     * @param attrs   what follows the name up to the {@code >}
     */
    record Tag(boolean closing, String name, String attrs) {
    }

    /**
     * {@code text} read as one whole tag: a "<", an optional "/", a name of ASCII letters and digits that starts with
     * a letter, then anything but "<" and ">" up to the closing ">" that ends the text.
     */
    static Optional<Tag> tagOf(String text) {
        int n = text.length();
        if (n < 3 || text.charAt(0) != '<' || text.charAt(n - 1) != '>') {
            return Optional.empty();
        }
        boolean closing = text.charAt(1) == '/';
        int start = closing ? 2 : 1;
        if (start >= n || !asciiLetter(text.charAt(start))) {
            return Optional.empty();
        }
        int end = start + 1;
        while (end < n && (asciiLetter(text.charAt(end)) || text.charAt(end) >= '0' && text.charAt(end) <= '9')) {
            end++;
        }
        for (int i = end; i < n - 1; i++) {
            if (text.charAt(i) == '<' || text.charAt(i) == '>') {
                return Optional.empty();
            }
        }
        return Optional.of(new Tag(closing, text.substring(start, end), text.substring(end, n - 1)));
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Reads one tag; false for a tag outside the few read. */
    private boolean tag(String written) {
        Optional<Tag> read = tagOf(written);
        if (read.isEmpty()) {
            return false;
        }
        Tag t = read.get();
        boolean closing = t.closing();
        switch (t.name().toLowerCase(Locale.ROOT)) {
            case "p" -> flush();
            case "ul", "ol" -> {
                flush();
                list = closing ? -1 : lists++;
            }
            case "li" -> flush();
            case "br" -> {
                if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
            }
            case "a" -> span(closing, Span.Kind.LINK, href(t.attrs()));
            case "strong", "b" -> span(closing, Span.Kind.STRONG, "");
            case "em", "i" -> span(closing, Span.Kind.EMPHASIS, "");
            default -> {
                return false;
            }
        }
        return true;
    }

    private static String href(String attrs) {
        return hrefValue(attrs).map(v -> v.replace("&amp;", "&").strip()).orElse("");
    }

    /**
     * The quoted value of the first {@code href} (any ASCII case, not the end of a longer word) followed by white
     * space, "=", white space and a value in double or single quotes, as written between the quotes.
     */
    static Optional<String> hrefValue(String attrs) {
        int n = attrs.length();
        for (int i = 0; i + 4 <= n; i++) {
            if (!asciiIgnoringCase(attrs, i, "href") || WordBoundary.before(attrs, i)) {
                continue;
            }
            int j = spaces(attrs, i + 4);
            if (j == n || attrs.charAt(j) != '=') {
                continue;
            }
            j = spaces(attrs, j + 1);
            if (j < n && (attrs.charAt(j) == '"' || attrs.charAt(j) == '\'')) {
                int close = attrs.indexOf(attrs.charAt(j), j + 1);
                if (close >= 0) {
                    return Optional.of(attrs.substring(j + 1, close));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the lower-case ASCII {@code word} is written at {@code i} in any ASCII case. */
    private static boolean asciiIgnoringCase(String text, int i, String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(i + k);
            char w = word.charAt(k);
            if (c != w && c != (char) (w - 'a' + 'A')) {
                return false;
            }
        }
        return true;
    }

    private static int spaces(String text, int i) {
        while (i < text.length() && Trim.isPatternSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private void span(boolean closing, Span.Kind kind, String url) {
        if (!closing) {
            open.add(new int[] {kind.ordinal(), text.length(), spans.size()});
            openUrls.add(url);
            return;
        }
        for (int k = open.size() - 1; k >= 0; k--) {
            int[] o = open.get(k);
            if (o[0] == kind.ordinal()) {
                int end = text.length();
                while (end > o[1] && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                int start = o[1];
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                if (end > start && (kind != Span.Kind.LINK || !openUrls.get(k).isEmpty())) {
                    spans.add(Math.min(o[2], spans.size()), new Span(kind, start, end, openUrls.get(k)));
                }
                open.remove(k);
                openUrls.remove(k);
                return;
            }
        }
    }

    private void flush() {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > 0) {
            String t = text.substring(0, end);
            List<Span> kept = new ArrayList<>();
            for (Span s : spans) {
                if (s.end() <= end) {
                    kept.add(s);
                }
            }
            parts.add(new Part(list, partLine, t, kept));
        }
        text.setLength(0);
        spans.clear();
        // A span left open across a paragraph ends with it.
        open.clear();
        openUrls.clear();
    }

    private static String entity(String name) {
        String known = ENTITIES.get(name.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null; // not a number or not a code point: the text as written
        }
        return null;
    }
}
