package io.meetkit.markdown.internal.extract.prose.token;

import io.meetkit.markdown.internal.extract.prose.Span;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One token of a block's text, with its offsets and the inline markup it sits in. The token keeps the block's text
 * and its offsets; its own text and lower-case form are cut from them the first time they are asked for and then
 * kept, unless the tokenizer could hand over shared strings (a one-character token, a frequent word), so a token
 * that no reader looks at costs no copy of its characters.
 */
public final class Token {

    private final String source;
    private final int start;
    private final int end;
    private final int line;
    /**
     * The kind, flags and markup, kept apart so that a token is 40 bytes, not 48: tokens outside every span share
     * one of {@link Shape#PLAIN}, and the tokens under the same spans share one too.
     */
    private final Shape shape;
    /** The characters as written, once cut (benign race: every thread would cut an equal string). */
    private String text;
    /** The characters in lower case, once made. */
    private String lower;

    /**
     * A token of {@code source} outside every inline span.
     *
     * @param kind       what the characters are
     * @param source     the block's text the offsets point into
     * @param start      the first character in the block's text, inclusive
     * @param end        the last character, exclusive
     * @param lineStart  whether the token is the first of a line of the block
     * @param line       the 1-based file line the token is on
     * @param text       the characters as written if already at hand as a shared string, else {@code null}
     * @param lower      the characters in lower case (root locale) if at hand, else {@code null}
     */
    Token(Kind kind, String source, int start, int end, boolean lineStart, int line, String text, String lower) {
        this(source, start, end, line, Shape.PLAIN[Shape.flags(kind, false, lineStart,
                kind == Kind.WORD && lower != null)], text, lower);
    }

    private Token(String source, int start, int end, int line, Shape shape, String text, String lower) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.line = line;
        this.shape = shape;
        this.text = text;
        this.lower = lower;
    }

    /**
     * This token inside inline markup: the same characters, offsets, line and strings already cut, with the link,
     * emphasis and code span the tokenizer found over it. The shape of {@code previous}, the token made just before
     * (or null), is shared when it is the same, as it is for the words of one link.
     */
    Token withMarkup(Optional<Span> link, Optional<Span> emphasis, boolean code, Token previous) {
        int flags = (shape.flags & ~Shape.CODE) | (code ? Shape.CODE : 0);
        Shape s = previous != null && previous.shape.is(flags, link, emphasis) ? previous.shape
                : new Shape(flags, link, emphasis);
        // Called by the tokenizer before anyone has read the token, so text and lower are still what it handed over.
        return new Token(source, start, end, line, s, text, lower);
    }

    /** What the characters are. */
    public Kind kind() {
        return Shape.KINDS[shape.flags & 7];
    }

    /** The characters as written. */
    public String text() {
        String t = text;
        if (t == null) {
            t = source.substring(start, end);
            text = t;
        }
        return t;
    }

    /** The first character in the block's text, inclusive. */
    public int start() {
        return start;
    }

    /** The last character, exclusive. */
    public int end() {
        return end;
    }

    /** The link span the token is inside, if any. */
    public Optional<Span> link() {
        return shape.link;
    }

    /** The emphasis or strong span the token is inside, if any. */
    public Optional<Span> emphasis() {
        return shape.emphasis;
    }

    /** Whether the token is inside a code span. */
    public boolean code() {
        return (shape.flags & Shape.CODE) != 0;
    }

    /** Whether the token is the first of a line of the block. */
    public boolean lineStart() {
        return (shape.flags & Shape.LINE_START) != 0;
    }

    /** The 1-based file line the token is on. */
    public int line() {
        return line;
    }

    /** The text in lower case (root locale), made once for the many look-ups of the word. */
    public String lower() {
        String l = lower;
        if (l == null) {
            l = text().toLowerCase(Locale.ROOT);
            lower = l;
        }
        return l;
    }

    /** Tokens are equal when kind, characters, offsets, markup and line are (as the record they were). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && shape.flags == t.shape.flags && start == t.start && end == t.end
                && line == t.line && shape.link.equals(t.shape.link) && shape.emphasis.equals(t.shape.emphasis)
                && text().equals(t.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind(), text(), start, end, link(), emphasis(), code(), lineStart(), line);
    }

    @Override
    public String toString() {
        return "Token[kind=" + kind() + ", text=" + text() + ", start=" + start + ", end=" + end + ", link=" + link()
                + ", emphasis=" + emphasis() + ", code=" + code() + ", lineStart=" + lineStart() + ", line=" + line
                + "]";
    }

    /** What a token's characters are. */
    public enum Kind {
        /** Letters, with inner apostrophes, hyphens or dots ("O'Neil", "co-founder", "Node.js"). */
        WORD,
        /** Digits only. */
        NUMBER,
        /** A clock time: "6:30", "18.00", "6pm", "6:30pm". */
        CLOCK,
        /** A numeric date: "18/06/2022", "2022-06-18", "18.06.2022", "6/18". */
        DATE,
        /** A day or rank written with its suffix: "5th", "21st", "2nd". */
        ORDINAL,
        /** A quotation mark that opens or closes a quotation. */
        QUOTE,
        /** Any other single character that is not a space. */
        PUNCT
    }

    /** Whether the token is a word that starts with a capital letter. */
    public boolean capitalised() {
        return kind() == Kind.WORD && Character.isUpperCase(source.codePointAt(start));
    }

    /** Whether the token is the word {@code lower}, in any case ("Venue" is the word "venue"). */
    public boolean isWord(String lower) {
        if (kind() != Kind.WORD) {
            return false;
        }
        if (this.lower == null && isAsciiLetters()) {
            // A word of ASCII letters lower-cases letter by letter: compared in place, no lower-case copy made.
            return end - start == lower.length() && lowerStartsWith(lower);
        }
        return lower().equals(lower);
    }

    /**
     * Whether the token is a word of ASCII letters that is not in {@link WordTable}: then no word list holds it and
     * no listed phrase starts with it, and {@link #lowerStartsWith} answers without a lower-case copy.
     */
    public boolean isRareAsciiWord() {
        return kind() == Kind.WORD && (shape.flags & Shape.FREQUENT) == 0
                && WordTable.isAsciiLetters(source, start, end);
    }

    /** Whether the token is a word of ASCII letters only: no joiner (hyphen, dot, apostrophe) and no other letter. */
    public boolean isAsciiLetters() {
        return kind() == Kind.WORD && WordTable.isAsciiLetters(source, start, end);
    }

    /**
     * Whether the lower-case form of a word of ASCII letters starts with {@code asciiLowerPrefix}, as
     * {@code lower().startsWith(asciiLowerPrefix)} would say, without making the lower-case form.
     */
    public boolean lowerStartsWith(String asciiLowerPrefix) {
        if (end - start < asciiLowerPrefix.length()) {
            return false;
        }
        for (int i = 0; i < asciiLowerPrefix.length(); i++) {
            char c = source.charAt(start + i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != asciiLowerPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the token is the punctuation character {@code c}. */
    public boolean is(char c) {
        return kind() != Kind.WORD && end - start == 1 && source.charAt(start) == c;
    }

    /** A token's kind, flags and markup: immutable, and shared by the tokens that have the same. */
    private static final class Shape {

        static final Kind[] KINDS = Kind.values();
        static final int CODE = 1 << 3;
        static final int LINE_START = 1 << 4;
        /** Set when the lower-case form is {@link WordTable}'s shared string. */
        static final int FREQUENT = 1 << 5;
        /** The shape of each kind and flags outside every span, indexed by the flags. */
        static final Shape[] PLAIN = new Shape[64];

        static {
            for (int f = 0; f < PLAIN.length; f++) {
                PLAIN[f] = new Shape(f, Optional.empty(), Optional.empty());
            }
        }

        /** The kind's ordinal in the low three bits, then {@link #CODE}, {@link #LINE_START}, {@link #FREQUENT}. */
        final byte flags;
        final Optional<Span> link;
        final Optional<Span> emphasis;

        Shape(int flags, Optional<Span> link, Optional<Span> emphasis) {
            this.flags = (byte) flags;
            this.link = link;
            this.emphasis = emphasis;
        }

        static int flags(Kind kind, boolean code, boolean lineStart, boolean frequent) {
            return kind.ordinal() | (code ? CODE : 0) | (lineStart ? LINE_START : 0) | (frequent ? FREQUENT : 0);
        }

        /** Whether this shape has these flags and spans (the same span objects: the tokenizer shares them). */
        boolean is(int flags, Optional<Span> link, Optional<Span> emphasis) {
            return this.flags == (byte) flags && this.link == link && this.emphasis == emphasis;
        }
    }
}
