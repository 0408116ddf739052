package io.meetkit.markdown.internal;

import io.meetkit.markdown.internal.extract.SourcePosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Builds front-matter values from a Jackson token stream, keeping what a plain tree would lose: where every key
 * stands, duplicate keys (an error, as YAML 1.2 says), anchors and aliases (expanded within a budget) and
 * YAML merge keys. Values are String, Boolean, Integer, Long, BigInteger, BigDecimal, List and Map; null becomes "".
 * One instance reads one document.
 */
final class TreeReader {

    private final JsonParser parser;
    private final Limits limits;
    private final int lineOffset;
    private final Map<String, SourcePosition> positions = new LinkedHashMap<>();
    private final Map<String, Object> anchors = new HashMap<>();
    private final List<FrontMatterException> warnings = new ArrayList<>();
    private int values;

    /**
     * @param lineOffset added to the parser's 1-based lines so positions are file lines
     */
    TreeReader(JsonParser parser, Limits limits, int lineOffset) {
        this(parser, limits, lineOffset, null);
    }

    /**
     * @param yaml the YAML text the parser reads, for the anchors on scalars that Jackson's YAML parser does not
     *             report (it reports those on maps and lists); null for other formats
     */
    TreeReader(JsonParser parser, Limits limits, int lineOffset, String yaml) {
        this.parser = parser;
        this.limits = limits;
        this.lineOffset = lineOffset;
        this.yaml = yaml;
    }

    private final String yaml;
    private ScalarAnchors scalarAnchors;

    Map<String, SourcePosition> positions() {
        return positions;
    }

    /** Values read in a weaker form than written (binary, tagged), each with its position. */
    List<FrontMatterException> warnings() {
        return warnings;
    }

    /** Reads one top-level value of any shape (a data file may be a list); empty input gives an empty map. */
    Object readAnyDocument() throws FrontMatterException {
        try {
            JsonToken token = parser.nextToken();
            if (token == null || token == JsonToken.VALUE_NULL) {
                return new LinkedHashMap<>();
            }
            return readValue("", 1);
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    /** Reads one top-level value; empty input gives an empty map. */
    Map<String, Object> readDocument() throws FrontMatterException {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new LinkedHashMap<>();
            }
            if (token != JsonToken.START_OBJECT) {
                if (token == JsonToken.VALUE_NULL) {
                    return new LinkedHashMap<>();
                }
                throw error("front matter must be a map of keys to values, found " + describe(token), "");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) readValue("", 1);
            // JSON front matter is followed by the body; only YAML can hold a second document.
            if (parser instanceof YAMLParser && parser.nextToken() != null) {
                throw error("front matter holds more than one document; a '---' line inside it starts another",
                        "");
            }
            return map;
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    private Object readValue(String pointer, int depth) throws FrontMatterException {
        JsonToken token = parser.currentToken();
        String anchor = anchorOf();
        if (isAlias()) {
            String name = parser.getString();
            Object target = anchors.get(name);
            if (target == null && yaml != null) {
                if (scalarAnchors == null) {
                    scalarAnchors = ScalarAnchors.of(yaml);
                }
                TokenStreamLocation at = parser.currentTokenLocation();
                target = scalarAnchors.before(name, at.getLineNr(), at.getColumnNr()).orElse(null);
            }
            if (target == null) {
                throw error("alias *" + name + " refers to no anchor defined before it", pointer);
            }
            count(sizeOf(target), pointer);
            return target;
        }
        checkTag(pointer);
        Object value;
        switch (token) {
            case START_OBJECT -> value = readMap(pointer, depth);
            case START_ARRAY -> value = readList(pointer, depth);
            case VALUE_STRING -> value = parser.getString();
            case VALUE_TRUE -> value = Boolean.TRUE;
            case VALUE_FALSE -> value = Boolean.FALSE;
            case VALUE_NULL -> value = "";
            case VALUE_NUMBER_INT -> value = switch (parser.getNumberType()) {
                case INT -> parser.getIntValue();
                case LONG -> parser.getLongValue();
                default -> parser.getBigIntegerValue();
            };
            case VALUE_NUMBER_FLOAT -> value = decimal();
            case VALUE_EMBEDDED_OBJECT -> {
                // YAML !!binary: a byte array has no text form worth keeping (and its toString is an address).
                warnings.add(error("a YAML binary value is not read; left empty", pointer));
                value = "";
            }
            default -> throw error("unexpected " + describe(token), pointer);
        }
        count(1, pointer);
        if (anchor != null) {
            anchors.put(anchor, value);
        }
        return value;
    }

    private static final java.util.Set<String> CORE_TAGS = java.util.Set.of("str", "int", "float", "bool", "null",
            "map", "seq", "timestamp", "binary", "merge", "omap", "set", "value");

    /** A tag outside YAML's core schema (an application's object, {@code !custom}) is ignored, and said so. */
    private void checkTag(String pointer) {
        if (!(parser instanceof YAMLParser)) {
            return;
        }
        Object tag = parser.getTypeId();
        if (tag == null) {
            return;
        }
        String t = tag.toString();
        String core = t.startsWith("tag:yaml.org,2002:") ? t.substring("tag:yaml.org,2002:".length()) : null;
        if (core == null || !CORE_TAGS.contains(core)) {
            warnings.add(error("the YAML tag '" + (core == null ? "!" + t : "!!" + core)
                    + "' is ignored; the value is read as plain YAML", pointer));
        }
    }

    private Object decimal() {
        String text = parser.getString();
        try {
            return new BigDecimal(text.replace("_", ""));
        } catch (NumberFormatException e) {
            // .inf, .nan and the like: kept as written rather than turned into a double that cannot round-trip
            return text;
        }
    }

    private Map<String, Object> readMap(String pointer, int depth) throws FrontMatterException {
        checkDepth(depth, pointer);
        Map<String, Object> map = new LinkedHashMap<>();
        List<Map<String, Object>> merges = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            TokenStreamLocation where = parser.currentTokenLocation();
            String child = pointer + "/" + escape(key);
            if (map.containsKey(key)) {
                throw error("duplicate key '" + key + "'", child);
            }
            parser.nextToken();
            Object value = readValue(child, depth + 1);
            if ("<<".equals(key) && parser instanceof YAMLParser) {
                collectMerges(value, merges, child);
                continue;
            }
            positions.putIfAbsent(child, position(where));
            map.put(key, value);
        }
        if (token != JsonToken.END_OBJECT) {
            throw error("unexpected " + describe(token) + " in a map", pointer);
        }
        dropCaseTwins(map, pointer);
        for (Map<String, Object> merge : merges) {
            merge.forEach(map::putIfAbsent);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Keys that differ only in case ({@code date} and {@code Date}) are one key to the lookups that ignore case, which
     * would then take whichever came last. The key spelled in lower case, as meetkit documents its keys, is kept
     * (else the first one), and each other one is dropped with a warning where it stands.
     */
    private void dropCaseTwins(Map<String, Object> map, String pointer) {
        if (map.size() < 2) {
            return;
        }
        Map<String, String> kept = new HashMap<>();
        for (String key : List.copyOf(map.keySet())) {
            String folded = key.toLowerCase(Locale.ROOT);
            String earlier = kept.putIfAbsent(folded, key);
            if (earlier == null) {
                continue;
            }
            String winner = key.equals(folded) ? key : earlier;
            String dropped = winner.equals(key) ? earlier : key;
            kept.put(folded, winner);
            map.remove(dropped);
            String at = pointer + "/" + escape(dropped);
            SourcePosition where = positions.getOrDefault(at, SourcePosition.START);
            warnings.add(new FrontMatterException("keys '" + winner + "' and '" + dropped + "' differ only in case; '"
                    + winner + "' is used", where.line(), where.column(), keyOf(at)));
        }
    }

    @SuppressWarnings("unchecked")
    private void collectMerges(Object value, List<Map<String, Object>> merges, String pointer)
            throws FrontMatterException {
        if (value instanceof Map<?, ?> m) {
            merges.add((Map<String, Object>) m);
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> m)) {
                    throw error("a merge key '<<' takes a map or a list of maps", pointer);
                }
                merges.add((Map<String, Object>) m);
            }
        } else {
            throw error("a merge key '<<' takes a map or a list of maps", pointer);
        }
    }

    private List<Object> readList(String pointer, int depth) throws FrontMatterException {
        checkDepth(depth, pointer);
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == null) {
                throw error("list never closes", pointer);
            }
            String child = pointer + "/" + list.size();
            positions.putIfAbsent(child, position(parser.currentTokenLocation()));
            list.add(readValue(child, depth + 1));
        }
        return Collections.unmodifiableList(list);
    }

    private void checkDepth(int depth, String pointer) throws FrontMatterException {
        if (depth > limits.maxNestingDepth()) {
            throw error(tooDeepMessage(limits), pointer);
        }
    }

    private void count(long n, String pointer) throws FrontMatterException {
        values += (int) Math.min(n, Integer.MAX_VALUE);
        if (values < 0 || values > limits.maxValues()) {
            throw error("front matter expands to more than " + limits.maxValues()
                    + " values (aliases included); refusing to read it" + Limits.raiseWith("maxFrontMatterValues"),
                    pointer);
        }
    }

    private static long sizeOf(Object value) {
        if (value instanceof Map<?, ?> m) {
            long n = 1;
            for (Object v : m.values()) {
                n += sizeOf(v);
            }
            return n;
        }
        if (value instanceof List<?> l) {
            long n = 1;
            for (Object v : l) {
                n += sizeOf(v);
            }
            return n;
        }
        return 1;
    }

    private String anchorOf() {
        Object id = parser.getObjectId();
        return id == null ? null : id.toString();
    }

    private boolean isAlias() {
        return parser instanceof YAMLParser yaml && yaml.isCurrentAlias();
    }

    private SourcePosition position(TokenStreamLocation where) {
        int line = where.getLineNr() > 0 ? where.getLineNr() + lineOffset : 1 + lineOffset;
        int column = Math.max(1, where.getColumnNr());
        return new SourcePosition(line, column);
    }

    private FrontMatterException error(String message, String pointer) {
        TokenStreamLocation where = parser.currentTokenLocation();
        SourcePosition at = position(where);
        return new FrontMatterException(message, at.line(), at.column(), pointer.isEmpty() ? null : keyOf(pointer));
    }

    FrontMatterException translate(JacksonException e) {
        int[] at = where(e, lineOffset);
        if (tooDeep(e)) {
            return new FrontMatterException(tooDeepMessage(limits), at[0], at[1], null);
        }
        return new FrontMatterException("front matter is not valid: " + cleanMessage(e), at[0], at[1], null);
    }

    /** Jackson's own nesting bound, which the TOML reader meets first because it builds its tree before us. */
    static boolean tooDeep(JacksonException e) {
        return e instanceof tools.jackson.core.exc.StreamConstraintsException
                && String.valueOf(e.getOriginalMessage()).contains("nesting depth");
    }

    static String tooDeepMessage(Limits limits) {
        return "front matter nests deeper than " + limits.maxNestingDepth() + " levels"
                + Limits.raiseWith("maxNestingDepth");
    }

    private static final java.util.regex.Pattern MARK =
            java.util.regex.Pattern.compile("line (\\d+), column (\\d+)");

    /**
     * The file line and column of a reader error: the YAML scanner's own problem mark when its message has one
     * (Jackson's location is then the last good token), else Jackson's location.
     */
    static int[] where(JacksonException e, int lineOffset) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        java.util.regex.Matcher m = MARK.matcher(message);
        int line = -1;
        int column = -1;
        while (m.find()) {
            try {
                line = Integer.parseInt(m.group(1));
                column = Integer.parseInt(m.group(2));
            } catch (NumberFormatException ignored) {
                line = -1;
            }
        }
        if (line < 1) {
            TokenStreamLocation loc = e.getLocation();
            line = loc != null && loc.getLineNr() > 0 ? loc.getLineNr() : 1;
            column = loc != null && loc.getColumnNr() > 0 ? loc.getColumnNr() : 1;
        }
        return new int[] {line + lineOffset, Math.max(1, column)};
    }

    /** Jackson's message without its location suffix or source excerpt, on one line. */
    static String cleanMessage(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        int cut = message.indexOf("\n at [");
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        // The scanner's marks count lines within the front matter, not the file: the position is reported apart.
        message = message.replaceAll("(?s)\\s*in reader, line \\d+, column \\d+:.*?\\^", "");
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "end of input";
        }
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a map";
            case VALUE_STRING -> "a string";
            default -> token.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    /** The dotted key of a JSON Pointer, for messages: {@code /event/venue} → {@code event.venue}. */
    static String keyOf(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.substring(1).split("/", -1)) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(part.replace("~1", "/").replace("~0", "~"));
        }
        return sb.toString();
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
