package io.meetkit.markdown.internal.extract.prose;

/**
 * The one place that bounds how much text a pattern of the prose finders sees at once. Every finder reads a
 * {@link ProseBlock}'s text, its lead-in and section (themselves block texts), or a {@link Sentence} of it; the
 * reader keeps at most {@link #BLOCK_CHARS} of a block and a sentence is cut into pieces of at most
 * {@link #SENTENCE_CHARS}. A pattern that backtracks can then cost at most a constant per window, so reading a post
 * stays linear in its size whatever the text, and a repeated group in a pattern never recurses deeper than a window.
 * The bounds sit well above real text: across the shared corpus the longest sentence has 1,301 characters, the
 * longest paragraph 2,555, heading 1,021 and list item 703.
 */
final class Window {

    /** The most characters of a block's text that are read for event facts; the rest is not searched. */
    static final int BLOCK_CHARS = 10_000;
    /** The longest sentence a pattern sees; a longer run of text is read in pieces of this size. */
    static final int SENTENCE_CHARS = 2_000;

    private Window() {
    }

    /**
     * The first {@link #SENTENCE_CHARS} of {@code text}, for a finder that reads a short block (a list item, a
     * heading) whole rather than sentence by sentence.
     */
    static String head(String text) {
        return text.length() <= SENTENCE_CHARS ? text : text.substring(0, cut(text, 0, text.length(), SENTENCE_CHARS));
    }

    /**
     * Where to end a piece of {@code text} that starts at {@code start} and may not be longer than {@code max}: at
     * the last white space inside the window when there is one, so that no word is cut, else at the window's end.
     */
    static int cut(CharSequence text, int start, int end, int max) {
        if (end - start <= max) {
            return end;
        }
        int limit = start + max;
        for (int i = limit; i > start + max / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
