package io.meetkit.markdown;

import io.meetkit.core.Diagnostic;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every fuzz target of this module checks beyond "no crash", each failure an {@link AssertionError} that Jazzer
 * reports as a finding: diagnostics lie inside the text, are one line each and in file order, and no internal
 * failure hides behind a diagnostic.
 */
public final class FuzzProperties {

    private FuzzProperties() {
    }

    /** The length of each line, a line ending at LF, CR or CRLF; an empty text has one empty line. */
    public static List<Integer> lineLengths(String text) {
        List<Integer> lengths = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lengths.add(i - start);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lengths.add(text.length() - start);
        return lengths;
    }

    /** Fails unless {@code line:column} is inside {@code text} (a column may be one past its line's end). */
    public static void requireInside(int line, int column, List<Integer> lengths, Object what) {
        if (line < 1 || line > lengths.size() || column < 1 || column > lengths.get(line - 1) + 1) {
            throw new AssertionError("outside the text (" + lengths.size() + " lines): " + line + ":" + column
                    + " of " + what);
        }
    }

    /** Every diagnostic positioned inside {@code text}, one line, no internal failure; and in file order. */
    public static void requireSound(List<Diagnostic> diagnostics, String text) {
        List<Integer> lengths = lineLengths(text);
        Diagnostic previous = null;
        for (Diagnostic d : diagnostics) {
            requireInside(d.line(), d.column(), lengths, d);
            String m = d.message();
            // Messages echo the post's text, so only the internal-failure prefixes are telling.
            if (m.contains("\n") || m.contains("\r") || m.startsWith("event extraction failed")
                    || m.startsWith("could not extract")) {
                throw new AssertionError("an internal failure or a broken message: " + d);
            }
            if (previous != null && (d.line() < previous.line()
                    || d.line() == previous.line() && d.column() < previous.column())) {
                throw new AssertionError("not in file order: " + previous + " then " + d);
            }
            previous = d;
        }
    }

    /** Front-matter values are only the documented types, all the way down. */
    public static void requireValueTypes(Object value) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (!(k instanceof String)) {
                    throw new AssertionError("a key that is not text: " + k);
                }
                requireValueTypes(v);
            });
        } else if (value instanceof List<?> l) {
            l.forEach(FuzzProperties::requireValueTypes);
        } else if (!(value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof BigInteger || value instanceof BigDecimal)) {
            throw new AssertionError("an undocumented value type: " + (value == null ? "null" : value.getClass()));
        }
    }
}
