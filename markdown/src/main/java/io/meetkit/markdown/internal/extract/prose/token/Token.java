package io.meetkit.markdown.internal.extract.prose.token;

import io.meetkit.markdown.internal.extract.prose.Span;
import java.util.Locale;
import java.util.Optional;

/**
 * One token of a block's text, with its offsets and the inline markup it sits in.
 *
 * @param kind       what the characters are
 * @param text       the characters as written
 * @param start      the first character in the block's text, inclusive
 * @param end        the last character, exclusive
 * @param link       the link span the token is inside, if any
 * @param emphasis   the emphasis or strong span the token is inside, if any
 * @param code       whether the token is inside a code span
 * @param lineStart  whether the token is the first of a line of the block
 * @param line       the 1-based file line the token is on
 * @param lower      the text in lower case (root locale), made once for the many look-ups of the word
 */
public record Token(Kind kind, String text, int start, int end, Optional<Span> link, Optional<Span> emphasis,
                    boolean code, boolean lineStart, int line, String lower) {

    /** A token whose lower-case text is made from {@code text}. */
    public Token(Kind kind, String text, int start, int end, Optional<Span> link, Optional<Span> emphasis,
                 boolean code, boolean lineStart, int line) {
        this(kind, text, start, end, link, emphasis, code, lineStart, line, text.toLowerCase(Locale.ROOT));
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
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether the token is the word {@code lower}, in any case ("Venue" is the word "venue"). */
    public boolean isWord(String lower) {
        return kind == Kind.WORD && this.lower.equals(lower);
    }

    /** Whether the token is the punctuation character {@code c}. */
    public boolean is(char c) {
        return kind != Kind.WORD && text.length() == 1 && text.charAt(0) == c;
    }
}
