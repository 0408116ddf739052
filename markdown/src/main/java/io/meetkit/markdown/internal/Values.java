package io.meetkit.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Lenient readers for front-matter values, which real sites write in many shapes. */
public final class Values {

    private Values() {
    }

    /** The value as one line of text: strings, numbers and booleans; not lists or maps. */
    public static Optional<String> text(Object value) {
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
            return Optional.empty();
        }
        String s = value.toString().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** The first of {@code keys} present with text. */
    public static Optional<String> text(Map<String, Object> map, String... keys) {
        for (String key : keys) {
            Optional<String> t = text(map.get(key));
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** A list of words: a list's text items, or a string split on {@code separator} (a regex). */
    public static List<String> words(Object value, String separator) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                text(item).ifPresent(out::add);
            }
        } else {
            text(value).ifPresent(s -> {
                for (String part : s.split(separator)) {
                    String p = part.strip();
                    if (!p.isEmpty()) {
                        out.add(p);
                    }
                }
            });
        }
        return out;
    }

    /** The result of reading a boolean: the value and whether it was written in a YAML 1.1 form. */
    public record Flag(boolean value, boolean legacy) {
    }

    /** {@code true/false}, or the YAML 1.1 words {@code yes/no/on/off} (flagged as legacy); otherwise empty. */
    public static Optional<Flag> flag(Object value) {
        if (value instanceof Boolean b) {
            return Optional.of(new Flag(b, false));
        }
        if (!(value instanceof String s)) {
            return Optional.empty();
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(new Flag(true, false));
            case "false" -> Optional.of(new Flag(false, false));
            case "yes", "on", "y" -> Optional.of(new Flag(true, true));
            case "no", "off", "n" -> Optional.of(new Flag(false, true));
            default -> Optional.empty();
        };
    }

    /** Whether a value is absent in the YAML sense: missing or empty. */
    public static boolean isBlank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    /** A sub-map, when {@code value} is one. */
    @SuppressWarnings("unchecked")
    public static Optional<Map<String, Object>> map(Object value) {
        return value instanceof Map<?, ?> m ? Optional.of((Map<String, Object>) m) : Optional.empty();
    }
}
