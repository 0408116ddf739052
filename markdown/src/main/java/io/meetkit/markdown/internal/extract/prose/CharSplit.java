package io.meetkit.markdown.internal.extract.prose;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut at each occurrence of one character, as {@code String.split} cuts it at a one-character literal, in one
 * pass and without a pattern: a text without the character is one piece (an empty text too); {@link #of} drops the
 * empty pieces at the end, as {@code split(s)} does, and {@link #all} keeps them, as {@code split(s, -1)} does.
 *
 * <p>Example: {@code CharSplit.of("a\nb\n\n", '\n')} is {@code [a, b]}; {@code CharSplit.all("a\nb\n\n", '\n')} is
 * {@code [a, b, , ]}.
 */
public final class CharSplit {

    private CharSplit() {
    }

    /** The pieces of {@code text} between each {@code at}, without the empty pieces at the end. */
    public static List<String> of(String text, char at) {
        List<String> pieces = all(text, at);
        if (pieces.size() == 1) {
            return pieces; // no cut: the text itself, even when empty
        }
        return withoutEmptyEnd(pieces);
    }

    /**
     * What {@code String.split} gives once a scan has cut {@code text}: {@code cut} holds the pieces before each
     * separator, and the rest of the text starts at {@code restFrom}. The text itself when nothing was cut, else the
     * pieces and the rest without the empty pieces at the end. The scans that replaced patterns' {@code split}s end
     * with this.
     */
    public static List<String> ending(List<String> cut, String text, int restFrom) {
        if (cut.isEmpty()) {
            return List.of(text);
        }
        cut.add(text.substring(restFrom));
        return withoutEmptyEnd(cut);
    }

    /** {@code pieces} without the empty pieces at its end, as {@code String.split} drops them. */
    public static List<String> withoutEmptyEnd(List<String> pieces) {
        int n = pieces.size();
        while (n > 0 && pieces.get(n - 1).isEmpty()) {
            n--;
        }
        return n == pieces.size() ? pieces : pieces.subList(0, n);
    }

    /** Every piece of {@code text} between each {@code at}, the empty ones at the end too. */
    public static List<String> all(String text, char at) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf(at); i >= 0; i = text.indexOf(at, start)) {
            pieces.add(text.substring(start, i));
            start = i + 1;
        }
        pieces.add(text.substring(start));
        return pieces;
    }
}
