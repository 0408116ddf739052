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
    private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_ -]{0,40}):(?:[ \\t]+(.*))?");

    /** Splits and reads {@code text} (the whole file, BOM already removed or not). */
    public static FrontMatter read(String text, String source, Limits limits) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<int[]> lines = lines(text);
        String first = lines.isEmpty() ? "" : line(text, lines.get(0));
        String firstTrimmed = stripTrailing(first);
        if (firstTrimmed.equals("---")) {
            return delimited(text, lines, Format.YAML, "---", source, limits);
        }
        if (firstTrimmed.equals("+++")) {
            return delimited(text, lines, Format.TOML, "+++", source, limits);
        }
        if (first.startsWith("{")) {
            return json(text, source, limits);
        }
        if (HEADER_LINE.matcher(first).matches()) {
            FrontMatter header = header(text, lines);
            if (header != null) {
                return header;
            }
        }
        return new FrontMatter(Format.NONE, Map.of(), Map.of(), text, 1, java.util.Optional.empty(), List.of());
    }

    private static FrontMatter delimited(String text, List<int[]> lines, Format format, String open, String source,
                                         Limits limits) {
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String l = stripTrailing(line(text, lines.get(i)));
            if (l.equals(open) || (format == Format.YAML && l.equals("..."))) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return failed(format, text, Diagnostic.error(source, 1, 1, "front matter opened with '" + open
                    + "' on line 1 is never closed; expected a line with only '" + open + "'"));
        }
        int start = lines.get(0)[2];
        int end = lines.get(close)[0];
        String block = text.substring(Math.min(start, end), end);
        String body = close + 1 < lines.size() ? text.substring(lines.get(close + 1)[0]) : "";
        int bodyLine = close + 2;
        if (block.length() > limits.maxFrontMatterSize()) {
            return failed(format, text, Diagnostic.error(source, 2, 1, "front matter is larger than "
                    + limits.maxFrontMatterSize() + " characters; refusing to read it"
                    + Limits.raiseWith("maxFrontMatterSize")));
        }
        if (block.isBlank()) {
            return new FrontMatter(format, Map.of(), Map.of(), body, bodyLine, java.util.Optional.empty(), List.of());
        }
        try (JsonParser parser = format == Format.YAML
                ? YAML.createParser(ObjectReadContext.empty(), new StringReader(block))
                : TOML.createParser(ObjectReadContext.empty(), new StringReader(block))) {
            TreeReader reader = new TreeReader(parser, limits, 1, format == Format.YAML ? block : null);
            Map<String, Object> values = reader.readDocument();
            if (format == Format.TOML) {
                return new FrontMatter(format, values, tomlPositions(block, values, 1), body, bodyLine,
                        java.util.Optional.empty(), List.of());
            }
            return new FrontMatter(format, values, reader.positions(), body, bodyLine, java.util.Optional.empty(),
                    reader.warnings().stream().map(w -> at(source, w).withSeverity(Severity.WARNING)).toList());
        } catch (FrontMatterException e) {
            return failed(format, text, at(source, e));
        } catch (JacksonException e) {
            if (TreeReader.tooDeep(e)) {
                int[] at = TreeReader.where(e, 1);
                return failed(format, text, Diagnostic.error(source, at[0], at[1], TreeReader.tooDeepMessage(limits)));
            }
            return failed(format, text, jacksonError(source, e, 1));
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
            // The body starts on the line after the closing brace.
            int newline = indexOfLineEnd(text, offset);
            int bodyStart = newline < 0 ? text.length() : skipLineEnd(text, newline);
            int bodyLine = 1 + countLines(text, bodyStart);
            return new FrontMatter(Format.JSON, values, reader.positions(), text.substring(bodyStart), bodyLine,
                    java.util.Optional.empty(), List.of());
        } catch (FrontMatterException e) {
            return failed(Format.JSON, text, at(source, e));
        } catch (JacksonException e) {
            return failed(Format.JSON, text, jacksonError(source, e, 0));
        }
    }

    /** Pelican / MultiMarkdown header lines: {@code Key: value} up to the first blank line. */
    private static FrontMatter header(String text, List<int[]> lines) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        String lastKey = null;
        int i = 0;
        for (; i < lines.size(); i++) {
            String l = line(text, lines.get(i));
            if (l.isBlank()) {
                break;
            }
            var m = HEADER_LINE.matcher(stripTrailing(l));
            if (m.matches()) {
                lastKey = m.group(1).strip().toLowerCase(Locale.ROOT);
                String value = m.group(2) == null ? "" : m.group(2).strip();
                if (values.containsKey(lastKey)) {
                    return null;
                }
                values.put(lastKey, value);
                positions.put("/" + TreeReader.escape(lastKey), new SourcePosition(i + 1, 1));
            } else if (lastKey != null && (l.startsWith(" ") || l.startsWith("\t"))) {
                values.put(lastKey, (values.get(lastKey) + " " + l.strip()).strip());
            } else {
                return null;
            }
        }
        // Only a header naming the title is trusted as metadata; prose like "Note: ..." is not front matter.
        if (!values.containsKey("title")) {
            return null;
        }
        String body = i < lines.size() ? text.substring(lines.get(i)[0]) : "";
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
        List<int[]> lines = lines(text);
        int count = Math.max(1, lines.size() + (text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? 1
                : 0));
        int line = Math.min(d.line(), count);
        int length = line - 1 < lines.size() ? lines.get(line - 1)[1] - lines.get(line - 1)[0] : 0;
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

    /** Each line as {start, end (without terminator), next start}. */
    static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = indexOfLineEnd(text, start);
            if (end < 0) {
                lines.add(new int[] {start, n, n});
                break;
            }
            int next = skipLineEnd(text, end);
            lines.add(new int[] {start, end, next});
            start = next;
        }
        return lines;
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
