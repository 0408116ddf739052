package io.meetkit.markdown.internal.extract.prose;

import java.util.Locale;

/**
 * Cheap tests run before a costly pattern: when one says no, the pattern cannot match, so it is not run. A case-
 * insensitive Java pattern without UNICODE_CASE only folds ASCII, which {@code toLowerCase(Locale.ROOT)} also does,
 * so a word the pattern needs is in the lower-cased text whenever the pattern matches.
 */
final class Hints {

    private Hints() {
    }

    /** Whether {@code lower} (already lower-cased) holds any of {@code words}. */
    static boolean containsAny(String lower, String... words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
