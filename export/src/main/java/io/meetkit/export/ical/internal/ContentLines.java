package io.meetkit.export.ical.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes RFC 5545 content lines to a {@link Writer}, folding each at 75 UTF-8 octets and ending it with CRLF.
 * Values given here must already be encoded (see {@link IcsText}); this class only folds.
 */
public final class ContentLines {

    /** The longest physical line, in octets, without its CRLF. */
    public static final int MAX_OCTETS = 75;

    private final Writer out;

    public ContentLines(Writer out) {
        this.out = out;
    }

    /** {@code BEGIN:name}. */
    public void begin(String component) {
        line("BEGIN:" + component);
    }

    /** {@code END:name}. */
    public void end(String component) {
        line("END:" + component);
    }

    /** A property whose value is TEXT, escaped here. */
    public void text(String name, String value) {
        line(name + ':' + IcsText.text(value));
    }

    /** A property whose name (with its parameters) and value are already encoded. */
    public void property(String nameAndParameters, String value) {
        line(nameAndParameters + ':' + value);
    }

    /** Writes lines that were already folded by another {@code ContentLines}, as they are. */
    public void raw(String foldedLines) {
        try {
            out.write(foldedLines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one logical line, folded. */
    public void line(String logical) {
        try {
            out.write(fold(logical));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Folds {@code logical} into physical lines of at most 75 octets, each ending in CRLF, the continuations
     * starting with one space. A fold never falls inside a UTF-8 sequence (a code point is never split) nor between
     * a backslash and the character it escapes; a line of exactly 75 octets stays whole. Lone surrogates become
     * U+FFFD so that the result always encodes as strict UTF-8.
     */
    public static String fold(String logical) {
        StringBuilder sb = new StringBuilder(logical.length() + logical.length() / 60 * 3 + 2);
        int octets = 0;
        int i = 0;
        while (i < logical.length()) {
            int end = nextCodePoint(logical, i);
            int size = utf8Length(logical, i);
            if (logical.charAt(i) == '\\' && end < logical.length()) {
                size += utf8Length(logical, end);
                end = nextCodePoint(logical, end);
            }
            if (octets + size > MAX_OCTETS) {
                sb.append("\r\n ");
                octets = 1;
            }
            for (int j = i; j < end; j++) {
                char c = logical.charAt(j);
                if (Character.isHighSurrogate(c) && j + 1 < end && Character.isLowSurrogate(logical.charAt(j + 1))) {
                    sb.append(c).append(logical.charAt(++j));
                } else {
                    sb.append(Character.isSurrogate(c) ? '\uFFFD' : c);
                }
            }
            octets += size;
            i = end;
        }
        return sb.append("\r\n").toString();
    }

    private static int nextCodePoint(String s, int i) {
        return i + Character.charCount(s.codePointAt(i));
    }

    private static int utf8Length(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            return 4;
        }
        return 3; // a BMP character, or a lone surrogate written as U+FFFD
    }
}
