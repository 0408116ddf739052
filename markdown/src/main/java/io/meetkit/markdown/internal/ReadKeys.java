package io.meetkit.markdown.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A post's front matter that notes which top-level keys were looked up while the post was read, so that
 * {@code meetup inspect} can tell the keys meetkit reads from those it ignores without a second list of names.
 * Lookups by {@code get} and {@code containsKey} are noted; iteration is not. Used by one thread at a time.
 */
final class ReadKeys extends AbstractMap<String, Object> {

    private final Map<String, Object> values;
    private final Set<String> read = new HashSet<>();

    ReadKeys(Map<String, Object> values) {
        this.values = values;
    }

    @Override
    public Object get(Object key) {
        note(key);
        return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        note(key);
        return values.containsKey(key);
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        note(key);
        return values.getOrDefault(key, defaultValue);
    }

    private void note(Object key) {
        if (key instanceof String k && values.containsKey(k)) {
            read.add(k);
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return Collections.unmodifiableMap(values).entrySet();
    }

    @Override
    public int size() {
        return values.size();
    }

    /** The keys present in the front matter that were looked up. */
    Set<String> read() {
        return Set.copyOf(read);
    }
}
