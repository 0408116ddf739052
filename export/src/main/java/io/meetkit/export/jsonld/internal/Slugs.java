package io.meetkit.export.jsonld.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Stable, readable fragment names for node ids. Not API. */
public final class Slugs {
    private Slugs() {
    }

    /**
     * {@code text} folded to lower-case ASCII letters and digits joined by {@code -}; text with no such letters
     * (a name in a non-Latin script) gets a stable hexadecimal hash instead, so the id is still deterministic.
     */
    public static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                sb.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        if (sb.length() == 0) {
            // String.hashCode is specified by the JLS, so this is the same on every JVM.
            return "x" + Integer.toHexString(text.hashCode());
        }
        return sb.length() > 60 ? sb.substring(0, 60).replaceAll("-+$", "") : sb.toString();
    }
}
