package io.meetkit.markdown.internal.extract.prose;

/**
 * Word characters as Java 17's regular-expression {@code \b} sees them, for the scans that replaced patterns using
 * it: a letter, digit or "_" code point, or a non-spacing mark that follows (through other marks) a letter or digit.
 */
public final class WordBoundary {

    private WordBoundary() {
    }

    /** Whether a word character stands right before {@code i}. */
    public static boolean before(String text, int i) {
        if (i == 0) {
            return false;
        }
        int cp = text.codePointBefore(i);
        return isWord(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && hasBase(text, i - 1);
    }

    /** Whether a word character stands at {@code i}. */
    public static boolean at(String text, int i) {
        int cp = text.codePointAt(i);
        return isWord(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && hasBase(text, i);
    }

    private static boolean isWord(int cp) {
        return cp == '_' || Character.isLetterOrDigit(cp);
    }

    /** Whether the non-spacing marks ending at {@code i} sit on a letter or digit. */
    private static boolean hasBase(String text, int i) {
        for (int x = i; x >= 0; x--) {
            int cp = text.codePointAt(x);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }
}
