package io.meetkit.markdown.internal;

import io.meetkit.core.Diagnostic;
import io.meetkit.markdown.internal.extract.SourcePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Characters that do not belong in a post, found and made harmless before anything reads the text: NUL and other
 * control characters and lone UTF-16 halves become U+FFFD, invisible zero-width characters are removed from
 * front-matter values, a line break inside a title or name becomes a space, and right-to-left overrides and
 * script or data URLs are reported. Each kind of problem is one warning at its first place in the value or file.
 * Stateless.
 */
public final class TextChecks {

    // Anchored, with possessive white space: one attempt at the start, no backtracking, however long the value.
    private static final Pattern SCRIPT_URL = Pattern.compile("(?i)^\\s*+(javascript|vbscript|data|file):");
    private static final Pattern WEB_URL = Pattern.compile("(?i)^\\s*+(?:https?:)?//([^/?#\\s]*+)");
    private static final Pattern USER_INFO = Pattern.compile("^[^@]*+@");
    private static final Pattern PORT = Pattern.compile(":\\d*+$");
    /** Longer URLs are cut by many mail and calendar clients (and by old browsers at 2,083). */
    private static final int LONGEST_URL = 2_000;

    private TextChecks() {
    }

    /**
     * The whole file with NUL characters and lone surrogates replaced by U+FFFD (as CommonMark does for NUL), and a
     * warning for each, at its first place; lines ending in a lone CR are reported once.
     */
    public static String file(String text, String source, List<Diagnostic> diagnostics) {
        int nul = -1;
        int surrogate = -1;
        int loneCr = -1;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                nul = nul < 0 ? i : nul;
                count++;
            } else if (Character.isSurrogate(c) && !pairedAt(text, i)) {
                surrogate = surrogate < 0 ? i : surrogate;
            } else if (Character.isHighSurrogate(c)) {
                i++;
            } else if (c == '\r' && loneCr < 0 && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')
                    && i + 1 < text.length()) {
                loneCr = i;
            }
        }
        if (nul < 0 && surrogate < 0 && loneCr < 0) {
            return text;
        }
        if (nul >= 0) {
            SourcePosition at = position(text, nul);
            diagnostics.add(Diagnostic.warning(source, at.line(), at.column(), "the file holds " + count
                    + " NUL character" + (count == 1 ? "" : "s") + "; read as U+FFFD"));
        }
        if (surrogate >= 0) {
            SourcePosition at = position(text, surrogate);
            diagnostics.add(Diagnostic.warning(source, at.line(), at.column(),
                    "the text holds half of a UTF-16 surrogate pair; read as U+FFFD"));
        }
        if (loneCr >= 0) {
            SourcePosition at = position(text, loneCr);
            diagnostics.add(Diagnostic.warning(source, at.line(), at.column(), "line " + at.line()
                    + " ends with a lone CR (old Mac style) while other tools may not count it as a line end;"
                    + " use LF or CRLF"));
        }
        return replaceBroken(text, false);
    }

    /**
     * Front-matter values with the characters above made harmless; one warning per value and kind of problem at the
     * value's key.
     */
    public static Map<String, Object> values(Map<String, Object> values, Map<String, SourcePosition> positions,
                                             String source, List<Diagnostic> diagnostics) {
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) walk(values, "", "", positions, source, diagnostics);
        return out;
    }

    private static Object walk(Object value, String pointer, String name, Map<String, SourcePosition> positions,
                               String source, List<Diagnostic> diagnostics) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            boolean changed = false;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                String child = pointer + "/" + TreeReader.escape(key);
                Object v = walk(e.getValue(), child, key, positions, source, diagnostics);
                String cleanKey = key;
                if (needsCleaning(key)) {
                    cleanKey = replaceBroken(key, true);
                    warn(diagnostics, source, positions, child, "the key '" + cleanKey
                            + "' holds control or invisible characters; they were replaced or removed");
                }
                changed |= v != e.getValue() || !cleanKey.equals(key);
                out.putIfAbsent(cleanKey, v);
            }
            return changed ? Collections.unmodifiableMap(out) : value;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            boolean changed = false;
            for (int i = 0; i < list.size(); i++) {
                Object v = walk(list.get(i), pointer + "/" + i, name, positions, source, diagnostics);
                changed |= v != list.get(i);
                out.add(v);
            }
            return changed ? Collections.unmodifiableList(out) : value;
        }
        if (value instanceof String s) {
            return text(s, pointer, name, positions, source, diagnostics);
        }
        return value;
    }

    private static String text(String s, String pointer, String name, Map<String, SourcePosition> positions,
                               String source, List<Diagnostic> diagnostics) {
        String out = s;
        if (needsCleaning(s)) {
            out = replaceBroken(s, true);
            warn(diagnostics, source, positions, pointer, "holds control characters, unpaired surrogates or"
                    + " invisible zero-width characters; they were replaced with U+FFFD or removed");
        }
        if (hasBidiControl(out)) {
            warn(diagnostics, source, positions, pointer, "holds right-to-left override or isolate characters"
                    + " that can make text read differently from what it is; check it");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if ((lower.equals("title") || lower.equals("name")) && hasLineBreak(out)) {
            out = joinLines(out.strip());
            warn(diagnostics, source, positions, pointer, "is one line, but holds a line break; read as a space");
        }
        java.util.regex.Matcher web = WEB_URL.matcher(out);
        if (web.find()) {
            url(out.strip(), web.group(1), pointer, positions, source, diagnostics);
        }
        if (SCRIPT_URL.matcher(out).find()) {
            warn(diagnostics, source, positions, pointer, "is a "
                    + out.strip().substring(0, out.strip().indexOf(':') + 1).toLowerCase(Locale.ROOT)
                    + " URL, which no exporter writes");
        }
        return out;
    }

    private static boolean isLineBreak(char c) {
        return c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Java's {@code \\s}: the white space a pattern without UNICODE_CHARACTER_CLASS knows. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean hasLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isLineBreak(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code s} with each line break and the white space around it read as one space, as the replacement of
     * {@code \\s*(?:\r\n|[\r\n\u0085\u2028\u2029])\\s*} by " " would give, but in one pass: that pattern backtracks
     * over every run of spaces once per space, which took 27 s on a title of 40,000 spaces.
     */
    static String joinLines(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (!isSpace(s.charAt(i)) && !isLineBreak(s.charAt(i))) {
                out.append(s.charAt(i++));
                continue;
            }
            int j = i;
            boolean breaks = false;
            while (j < s.length() && isSpace(s.charAt(j))) {
                breaks |= s.charAt(j) == '\r' || s.charAt(j) == '\n';
                j++;
            }
            if (j < s.length() && isLineBreak(s.charAt(j))) {
                // A break that is not white space to Java (NEL, LS, PS) and the white space after it.
                j++;
                while (j < s.length() && isSpace(s.charAt(j))) {
                    j++;
                }
                out.append(' ');
            } else if (breaks) {
                out.append(' ');
            } else {
                out.append(s, i, j);
            }
            i = j;
        }
        return out.toString();
    }

    /** Whether {@code url} uses a scheme that runs or embeds code or reads local files. */
    static boolean isScriptUrl(String url) {
        return SCRIPT_URL.matcher(url).find();
    }

    private static void url(String url, String host, String pointer, Map<String, SourcePosition> positions,
                            String source, List<Diagnostic> diagnostics) {
        if (url.chars().anyMatch(Character::isWhitespace)) {
            warn(diagnostics, source, positions, pointer, "is a URL with spaces in it; read with each space as %20");
        }
        if (url.length() > LONGEST_URL) {
            warn(diagnostics, source, positions, pointer, "is a URL of " + url.length() + " characters, longer than "
                    + LONGEST_URL + ", which many clients cut");
        }
        if (host.chars().anyMatch(c -> c > 0x7F)) {
            String ascii;
            try {
                ascii = java.net.IDN.toASCII(PORT.matcher(USER_INFO.matcher(host).replaceFirst("")).replaceFirst(""));
            } catch (IllegalArgumentException e) {
                ascii = "not a valid host name";
            }
            warn(diagnostics, source, positions, pointer, "names the internationalised host '" + host + "' ("
                    + ascii + "); check that it is the site meant, not a look-alike");
        }
    }

    private static void warn(List<Diagnostic> diagnostics, String source, Map<String, SourcePosition> positions,
                             String pointer, String message) {
        SourcePosition at = positions.getOrDefault(pointer, SourcePosition.START);
        String key = pointer.isEmpty() ? "front matter" : TreeReader.keyOf(pointer);
        Diagnostic d = Diagnostic.warning(source, at.line(), at.column(), "'" + key + "' " + message);
        diagnostics.add(key.isBlank() ? d : d.withKey(key));
    }

    private static boolean needsCleaning(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c) || invisible(c) || Character.isSurrogate(c) && !pairedAt(s, i)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return false;
    }

    /** Controls other than tab and line ends, NUL and lone surrogates become U+FFFD; invisible ones go. */
    private static String replaceBroken(String s, boolean dropInvisible) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && pairedAt(s, i)) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c) || c == '\0' || dropInvisible && isControl(c)) {
                sb.append('\uFFFD');
            } else if (!(dropInvisible && invisible(c))) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F && c != 0x85);
    }

    /** Zero-width space, word joiner, invisible operators and a BOM inside text; not ZWJ/ZWNJ, which scripts need. */
    private static boolean invisible(char c) {
        return c == '\u200B' || (c >= '\u2060' && c <= '\u2064') || c == '\uFEFF';
    }

    private static boolean hasBidiControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return true;
            }
        }
        return false;
    }

    private static SourcePosition position(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return new SourcePosition(line, column);
    }
}
