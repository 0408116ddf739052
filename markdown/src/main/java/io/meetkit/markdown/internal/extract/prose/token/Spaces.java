package io.meetkit.markdown.internal.extract.prose.token;

import io.meetkit.markdown.internal.extract.prose.CharSplit;
import io.meetkit.markdown.internal.extract.prose.Trim;
import java.util.ArrayList;
import java.util.List;

/**
 * A text cut at its runs of ASCII white space (the characters Java's {@code \s} knows, {@link Trim#isPatternSpace})
 * in one pass, as {@code split("\\s+")} cut it.
 *
 * <p>Example: {@code Spaces.cut(" Ann\t Lee ")} is {@code [, Ann, Lee]}.
 */
final class Spaces {

    private Spaces() {
    }

    /**
     * The pieces of {@code text} between runs of white space: an empty piece first when the text starts with white
     * space, no empty pieces at the end, and the text itself when it holds no white space (an empty text too).
     */
    static List<String> cut(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            if (!Trim.isPatternSpace(text.charAt(i))) {
                i++;
                continue;
            }
            out.add(text.substring(start, i));
            while (i < n && Trim.isPatternSpace(text.charAt(i))) {
                i++;
            }
            start = i;
        }
        return CharSplit.ending(out, text, start);
    }
}
