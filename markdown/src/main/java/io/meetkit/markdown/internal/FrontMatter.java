package io.meetkit.markdown.internal;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Severity;
import io.meetkit.markdown.internal.extract.SourcePosition;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.dataformat.toml.TomlFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * A post file split into its front matter, read into values with their positions, and its Markdown body.
 *
 * @param format        how the front matter was written
 * @param values        the front matter, every key kept in file order
 * @param positions     where each value's key stands in the file, by JSON Pointer
 * @param body          the Markdown after the front matter
 * @param bodyStartLine the file line (1-based) on which the body starts
 * @param error         the reason the front matter could not be read, if it could not
 * @param warnings      values read in a weaker form than written
 */
public record FrontMatter(Format format, Map<String, Object> values, Map<String, SourcePosition> positions,
                          String body, int bodyStartLine, java.util.Optional<Diagnostic> error,
                          List<Diagnostic> warnings) {

    public FrontMatter {
        warnings = List.copyOf(warnings);
    }

    /** A copy with other values, e.g. cleaned of control characters. */
    public FrontMatter withValues(Map<String, Object> values) {
        return new FrontMatter(format, values, positions, body, bodyStartLine, error, warnings);
    }

    /** How front matter is written. */
    public enum Format { NONE, YAML, TOML, JSON, HEADER }

    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final TomlFactory TOML = TomlFactory.builder().build();
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final Pattern JBAKE_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]{0,40})=(.*)");
    private static final Pattern YAML_KEY_LINE = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,40}:(?:[ \\t]|$)");
    private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_ -]{0,40}):(?:[ \\t]+(.*))?");

    /** Splits and reads {@code text} (the whole file, BOM already removed or not). */
    public static FrontMatter read(String text, String source, Limits limits) {
        return read(text, source, limits, false);
    }

    /**
     * Splits and reads {@code text}. With {@code openless} (Hexo), YAML lines closed by a {@code ---} line without
     * an opening one are front matter; without it they are only when they name a title, as a prose paragraph
     * followed by a rule would not.
     */
    public static FrontMatter read(String text, String source, Limits limits, boolean openless) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        // Lines are found one at a time from the start, so the body is never split into per-line records.
        int[] firstLine = lineAt(text, 0);
        String first = firstLine == null ? "" : line(text, firstLine);
        String firstTrimmed = stripTrailing(first);
        if (firstTrimmed.equals("---")) {
            return delimited(text, firstLine, Format.YAML, "---", source, limits);
        }
        if (firstTrimmed.equals("+++")) {
            return delimited(text, firstLine, Format.TOML, "+++", source, limits);
        }
        if (first.startsWith("{")) {
            return json(text, source, limits);
        }
        if (JBAKE_LINE.matcher(first).matches()) {
            FrontMatter jbake = jbake(text, source, limits);
            if (jbake != null) {
                return jbake;
            }
        }
        if (YAML_KEY_LINE.matcher(first).lookingAt()) {
            FrontMatter yaml = openless(text, firstLine, source, limits, openless);
            if (yaml != null) {
                return yaml;
            }
        }
        if (HEADER_LINE.matcher(first).matches()) {
            FrontMatter header = header(text, source, limits);
            if (header != null) {
                return header;
            }
        }
        return new FrontMatter(Format.NONE, Map.of(), Map.of(), text, 1, java.util.Optional.empty(), List.of());
    }

    /**
     * Hexo's front matter without the opening {@code ---}: YAML lines up to the first line of only {@code ---}.
     * Null when the file is not written so (no closing line within the size limit, or, unless {@code hexo}, a
     * block that is not a YAML map naming a title).
     */
    private static FrontMatter openless(String text, int[] firstLine, String source, Limits limits,
                                        boolean hexo) {
        int close = -1;
        int[] closing = null;
        int i = 1;
        for (int[] at = lineAt(text, firstLine[2]); at != null && at[0] <= limits.maxFrontMatterSize();
                at = lineAt(text, at[2]), i++) {
            if (lineIs(text, at, "---")) {
                close = i;
                closing = at;
                break;
            }
            if (!hexo && lineIs(text, at, "")) {
                return null; // a blank line ends a paragraph; outside Hexo this is prose, not a block
            }
        }
        if (close < 0) {
            return null;
        }
        String block = text.substring(0, closing[0]);
        String body = text.substring(closing[2]);
        FrontMatter fm = parse(Format.YAML, text, block, 0, body, close + 2, source, limits);
        if (!hexo && (fm.error().isPresent() || !fm.values().containsKey("title"))) {
            return null;
        }
        return fm;
    }

    /** JBake's header: {@code key=value} lines closed by a line of {@code ~~~~~~}; null when never closed. */
    private static FrontMatter jbake(String text, String source, Limits limits) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        int i = 0;
        for (int[] at = lineAt(text, 0); at != null; at = lineAt(text, at[2]), i++) {
            if (at[0] > limits.maxFrontMatterSize()) {
                return failed(Format.HEADER, text, Diagnostic.error(source, i + 1, 1, "front matter is larger than "
                        + limits.maxFrontMatterSize() + " characters; refusing to read it"
                        + Limits.raiseWith("maxFrontMatterSize")));
            }
            String l = stripTrailing(line(text, at));
            if (l.equals("~~~~~~")) {
                if (!values.containsKey("title") && !values.containsKey("type") && !values.containsKey("status")) {
                    return null; // JBake needs these; lines like "x=1" before a tilde fence are not a header
                }
                String body = text.substring(at[2]);
                return new FrontMatter(Format.HEADER, values, positions, body, i + 2, java.util.Optional.empty(),
                        List.of());
            }
            if (l.isBlank()) {
                continue;
            }
            var m = JBAKE_LINE.matcher(l);
            if (!m.matches()) {
                return null;
            }
            // JBake keys are case-sensitive (meetingDate), unlike Pelican's; the first of a repeated key wins.
            String key = m.group(1);
            if (!values.containsKey(key)) {
                values.put(key, m.group(2).strip());
                positions.put("/" + TreeReader.escape(key), new SourcePosition(i + 1, 1));
            }
        }
        return null;
    }

    private static FrontMatter delimited(String text, int[] firstLine, Format format, String open, String source,
                                         Limits limits) {
        // The closing line is looked for past the size limit too, so that a block that is only too large is
        // reported as such rather than as never closed; the scan keeps one line at a time.
        int close = -1;
        int[] closing = null;
        int i = 1;
        for (int[] at = lineAt(text, firstLine[2]); at != null; at = lineAt(text, at[2]), i++) {
            if (lineIs(text, at, open) || (format == Format.YAML && lineIs(text, at, "..."))) {
                close = i;
                closing = at;
                break;
            }
        }
        if (close < 0) {
            return failed(format, text, Diagnostic.error(source, 1, 1, "front matter opened with '" + open
                    + "' on line 1 is never closed; expected a line with only '" + open + "'"));
        }
        int start = firstLine[2];
        int end = closing[0];
        String block = text.substring(Math.min(start, end), end);
        String body = text.substring(closing[2]);
        int bodyLine = close + 2;
        return parse(format, text, block, 1, body, bodyLine, source, limits);
    }

    /** Reads a YAML or TOML {@code block} whose first line is file line {@code lineOffset + 1}. */
    private static FrontMatter parse(Format format, String text, String block, int lineOffset, String body,
                                     int bodyLine, String source, Limits limits) {
        if (block.length() > limits.maxFrontMatterSize()) {
            return failed(format, text, Diagnostic.error(source, lineOffset + 1, 1, "front matter is larger than "
                    + limits.maxFrontMatterSize() + " characters; refusing to read it"
                    + Limits.raiseWith("maxFrontMatterSize")));
        }
        if (block.isBlank()) {
            return new FrontMatter(format, Map.of(), Map.of(), body, bodyLine, java.util.Optional.empty(), List.of());
        }
        try (JsonParser parser = format == Format.YAML
                ? YAML.createParser(ObjectReadContext.empty(), new StringReader(block))
                : TOML.createParser(ObjectReadContext.empty(), new StringReader(block))) {
            TreeReader reader = new TreeReader(parser, limits, lineOffset, format == Format.YAML ? block : null);
            Map<String, Object> values = reader.readDocument();
            if (format == Format.TOML) {
                return new FrontMatter(format, values, tomlPositions(block, values, lineOffset), body, bodyLine,
                        java.util.Optional.empty(), List.of());
            }
            return new FrontMatter(format, values, reader.positions(), body, bodyLine, java.util.Optional.empty(),
                    reader.warnings().stream().map(w -> at(source, w).withSeverity(Severity.WARNING)).toList());
        } catch (FrontMatterException e) {
            return failed(format, text, at(source, e));
        } catch (JacksonException e) {
            if (TreeReader.tooDeep(e)) {
                int[] at = TreeReader.where(e, lineOffset);
                return failed(format, text, Diagnostic.error(source, at[0], at[1], TreeReader.tooDeepMessage(limits)));
            }
            return failed(format, text, jacksonError(source, e, lineOffset));
        }
    }

    private static FrontMatter json(String text, String source, Limits limits) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), new StringReader(text))) {
            TreeReader reader = new TreeReader(parser, limits, 0);
            Map<String, Object> values = reader.readDocument();
            long end = parser.currentLocation().getCharOffset();
            if (end > limits.maxFrontMatterSize()) {
                return failed(Format.JSON, text, Diagnostic.error(source, 1, 1, "front matter is larger than "
                        + limits.maxFrontMatterSize() + " characters; refusing to read it"
                    + Limits.raiseWith("maxFrontMatterSize")));
            }
            int offset = (int) Math.max(0, Math.min(end, text.length()));
            // The body starts on the line after the closing brace; text beside the brace is reported, not kept.
            int newline = indexOfLineEnd(text, offset);
            int lineEnd = newline < 0 ? text.length() : newline;
            List<Diagnostic> warnings = new ArrayList<>();
            String rest = text.substring(offset, lineEnd);
            if (!rest.isBlank()) {
                int line = 1 + countLines(text, offset);
                int lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
                int column = offset - lineStart + 1 + (rest.length() - rest.stripLeading().length());
                String shown = rest.strip().length() > 40 ? rest.strip().substring(0, 40) + "…" : rest.strip();
                warnings.add(Diagnostic.warning(source, line, column, "text after the JSON front matter's closing"
                        + " '}' on the same line is ignored: '" + shown + "'; start the text on the next line"));
            }
            int bodyStart = newline < 0 ? text.length() : skipLineEnd(text, newline);
            int bodyLine = 1 + countLines(text, bodyStart);
            return new FrontMatter(Format.JSON, values, reader.positions(), text.substring(bodyStart), bodyLine,
                    java.util.Optional.empty(), warnings);
        } catch (FrontMatterException e) {
            return failed(Format.JSON, text, at(source, e));
        } catch (JacksonException e) {
            return failed(Format.JSON, text, jacksonError(source, e, 0));
        }
    }

    /**
     * Pelican / MultiMarkdown header lines: {@code Key: value} up to the first blank line, indented lines
     * continuing the value before them. Each value is built once from its lines, so many continuation lines cost
     * linear time.
     */
    private static FrontMatter header(String text, String source, Limits limits) {
        Map<String, StringBuilder> built = new LinkedHashMap<>();
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        StringBuilder last = null;
        int i = 0;
        int[] at = lineAt(text, 0);
        for (; at != null; at = lineAt(text, at[2]), i++) {
            String l = line(text, at);
            if (l.isBlank()) {
                break;
            }
            if (at[1] > limits.maxFrontMatterSize()) {
                if (!built.containsKey("title")) {
                    return null;
                }
                return failed(Format.HEADER, text, Diagnostic.error(source, i + 1, 1, "front matter is larger than "
                        + limits.maxFrontMatterSize() + " characters; refusing to read it"
                        + Limits.raiseWith("maxFrontMatterSize")));
            }
            var m = HEADER_LINE.matcher(stripTrailing(l));
            if (m.matches()) {
                String key = m.group(1).strip().toLowerCase(Locale.ROOT);
                if (built.containsKey(key)) {
                    return null;
                }
                last = new StringBuilder(m.group(2) == null ? "" : m.group(2).strip());
                built.put(key, last);
                positions.put("/" + TreeReader.escape(key), new SourcePosition(i + 1, 1));
            } else if (last != null && (l.startsWith(" ") || l.startsWith("\t"))) {
                String more = l.strip();
                if (!more.isEmpty()) {
                    if (last.length() > 0) {
                        last.append(' ');
                    }
                    last.append(more);
                }
            } else {
                return null;
            }
        }
        // Only a header naming the title is trusted as metadata; prose like "Note: ..." is not front matter.
        if (!built.containsKey("title")) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        built.forEach((key, value) -> values.put(key, value.toString()));
        String body = at != null ? text.substring(at[0]) : "";
        return new FrontMatter(Format.HEADER, values, positions, body, i + 1, java.util.Optional.empty(), List.of());
    }

    private static Map<String, SourcePosition> tomlPositions(String block, Map<String, Object> values, int offset) {
        // Jackson's TOML reader builds a tree first and loses positions; top-level keys are found by line.
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        String[] rows = block.split("\r\n|\n|\r", -1);
        String table = "";
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.startsWith("[") && !row.startsWith("[[")) {
                int end = row.indexOf(']');
                table = end > 1 ? "/" + row.substring(1, end).strip().replace('.', '/') : "";
                positions.putIfAbsent(table, new SourcePosition(i + 1 + offset, 1));
                continue;
            }
            int eq = row.indexOf('=');
            if (eq > 0) {
                String key = row.substring(0, eq).strip().replace("\"", "");
                positions.putIfAbsent(table + "/" + TreeReader.escape(key),
                        new SourcePosition(i + 1 + offset, rows[i].indexOf(row.charAt(0)) + 1));
            }
        }
        return positions;
    }

    private static FrontMatter failed(Format format, String text, Diagnostic error) {
        return new FrontMatter(format, Map.of(), Map.of(), "", 1, java.util.Optional.of(inside(error, text)),
                List.of());
    }

    /**
     * The diagnostic moved to the nearest place inside {@code text}: the YAML scanner counts line ends its own way
     * (a CR after an LF is a second one) and may point one past the end of the stream.
     */
    static Diagnostic inside(Diagnostic d, String text) {
        // Lines are walked only up to the one named, so a diagnostic near the top costs nothing for a long body.
        int seen = 0;
        int[] target = null;
        for (int[] at = lineAt(text, 0); at != null && seen < d.line(); at = lineAt(text, at[2])) {
            seen++;
            target = at;
        }
        int count;
        if (seen < d.line()) {
            count = Math.max(1, seen + (text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? 1 : 0));
        } else {
            count = Integer.MAX_VALUE; // at least d.line() lines: the line named exists
        }
        int line = Math.min(d.line(), count);
        int length = target != null && line == seen ? target[1] - target[0] : 0;
        int column = line < d.line() ? length + 1 : Math.min(d.column(), length + 1);
        if (line == d.line() && column == d.column()) {
            return d;
        }
        return new Diagnostic(d.source(), line, column, d.severity(), d.message(), d.key());
    }

    private static Diagnostic at(String source, FrontMatterException e) {
        Diagnostic d = Diagnostic.error(source, e.line, e.column, e.getMessage());
        // An empty or blank key ("" is a valid YAML and JSON key) cannot name the diagnostic.
        return e.key == null || e.key.isBlank() ? d : d.withKey(e.key);
    }

    private static Diagnostic jacksonError(String source, JacksonException e, int lineOffset) {
        int[] at = TreeReader.where(e, lineOffset);
        return Diagnostic.error(source, at[0], at[1], "front matter is not valid: " + TreeReader.cleanMessage(e));
    }

    /** The line starting at {@code start} as {start, end (without terminator), next start}; null past the end. */
    static int[] lineAt(String text, int start) {
        int n = text.length();
        if (start >= n) {
            return null;
        }
        int end = indexOfLineEnd(text, start);
        return end < 0 ? new int[] {start, n, n} : new int[] {start, end, skipLineEnd(text, end)};
    }

    /** Whether the line {@code at}, trailing white space removed, is {@code s}, without copying the line. */
    private static boolean lineIs(String text, int[] at, String s) {
        int end = at[1];
        while (end > at[0] && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - at[0] == s.length() && text.startsWith(s, at[0]);
    }

    private static int indexOfLineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    private static int skipLineEnd(String text, int at) {
        if (text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
            return at + 2;
        }
        return at + 1;
    }

    private static int countLines(String text, int upTo) {
        int count = 0;
        for (int i = 0; i < upTo; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }

    private static String line(String text, int[] line) {
        return text.substring(line[0], line[1]);
    }

    private static String stripTrailing(String s) {
        return s.stripTrailing();
    }
}
