package io.meetkit.markdown.internal.extract.prose;

/**
 * Cuts a run of characters off the end of a text in one backward pass. The patterns this replaces ({@code "[.]+$"}
 * with {@code replaceAll}) are searched from every position, and each position inside a long run reads the rest of
 * the run before failing at its end: quadratic in the run.
 */
public final class Trim {

    private Trim() {
    }

    /** The characters Java's {@code \s} knows: ASCII white space. */
    public static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * {@code text} without the run at its end made of {@code chars}, of white space ({@code \s}) when
     * {@code spaces} and of ASCII digits ({@code \d}) when {@code digits}.
     */
    static String end(String text, String chars, boolean spaces, boolean digits) {
        int end = text.length();
        while (end > 0) {
            char c = text.charAt(end - 1);
            if (chars.indexOf(c) >= 0 || spaces && isPatternSpace(c) || digits && c >= '0' && c <= '9') {
                end--;
            } else {
                break;
            }
        }
        return end == text.length() ? text : text.substring(0, end);
    }

    /** {@code text} without the run of {@code chars} at its start. */
    static String start(String text, String chars) {
        int start = 0;
        while (start < text.length() && chars.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return start == 0 ? text : text.substring(start);
    }
}
