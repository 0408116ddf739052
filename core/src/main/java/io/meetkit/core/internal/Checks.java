package io.meetkit.core.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Argument checks and deep copies shared by the model's compact constructors. Not API. */
public final class Checks {
    private Checks() {
    }

    /** Returns {@code value} if it has a non-whitespace character, else throws naming {@code name}. */
    public static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * An unmodifiable deep copy of a front-matter style value tree: maps keep their insertion order, lists their
     * order; leaves must be strings, booleans or numbers. There is no {@code null} leaf: a reader maps YAML's
     * {@code ~} or an empty value to the empty string before it builds the model.
     */
    public static Object deepCopy(Object value, String name) {
        Objects.requireNonNull(value, name);
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(Objects.requireNonNull(e.getKey(), name + " key"));
                copy.put(key, deepCopy(e.getValue(), name + "." + key));
            }
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(deepCopy(list.get(i), name + "[" + i + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Double || value instanceof BigInteger || value instanceof BigDecimal) {
            return value;
        }
        throw new IllegalArgumentException(name + " has an unsupported value type " + value.getClass().getName()
                + " (allowed: String, Boolean, Integer, Long, Double, BigInteger, BigDecimal, List, Map)");
    }

    /** {@link #deepCopy} for a whole map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> deepCopyMap(Map<String, ?> map, String name) {
        return (Map<String, Object>) deepCopy(map, name);
    }
}
