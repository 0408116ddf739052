package io.meetkit.export.jsonld.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON-LD node under construction whose keys keep the order they were put in. Absent data never becomes a key:
 * {@code put} drops {@code null}, blank strings, empty lists and objects with nothing but a type, so the written
 * document has no {@code null}, {@code ""}, {@code []} or {@code {}}. Not API.
 */
public final class LdObject {
    private final Map<String, Object> entries = new LinkedHashMap<>();

    /** A node of {@code type}. */
    public static LdObject ofType(String type) {
        return new LdObject().put("@type", type);
    }

    /** A reference to the node {@code id}. */
    public static LdObject reference(String id) {
        return new LdObject().put("@id", id);
    }

    /**
     * Puts {@code value} (a {@link String}, {@link Number}, {@link Boolean}, {@link LdObject}, {@link List} of those or an
     * {@link Optional} of one) under {@code key}, unless it is empty.
     */
    public LdObject put(String key, Object value) {
        requireNonNull(key, "key");
        Object v = normalise(value);
        if (v != null) {
            entries.put(key, v);
        }
        return this;
    }

    /** The value under {@code key}, when there is one. */
    public Optional<Object> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Whether {@code key} has a value. */
    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The entries in the order they were put. */
    public Map<String, Object> entries() {
        return Collections.unmodifiableMap(entries);
    }

    /** Whether the node says nothing beyond its type. */
    public boolean isEmpty() {
        return entries.isEmpty() || entries.size() == 1 && entries.containsKey("@type");
    }

    private static Object normalise(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(LdObject::normalise).orElse(null);
        }
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s.isBlank() ? null : s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof LdObject o) {
            return o.isEmpty() ? null : o;
        }
        if (value instanceof List<?> list) {
            List<Object> kept = new ArrayList<>(list.size());
            for (Object element : list) {
                Object e = normalise(element);
                if (e != null && !(e instanceof List<?>)) {
                    kept.add(e);
                }
            }
            return kept.isEmpty() ? null : List.copyOf(kept);
        }
        throw new IllegalArgumentException("unsupported JSON-LD value type " + value.getClass().getName());
    }
}
