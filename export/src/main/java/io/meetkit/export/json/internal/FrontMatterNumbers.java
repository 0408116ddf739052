package io.meetkit.export.json.internal;

import io.meetkit.export.json.PostJsonException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import tools.jackson.core.TokenStreamLocation;

/**
 * Gives the front-matter numbers read as text their Java types: the type named for them in
 * {@code frontMatterTypes} (keyed by JSON Pointer), else the one their text implies (a whole number is an
 * {@link Integer}, {@link Long} or {@link BigInteger}, whichever is smallest to hold it; one with a fraction or an
 * exponent a {@link Double}).
 */
final class FrontMatterNumbers {

    /** A JSON number as written, not yet typed. */
    record Text(String text, boolean integral, TokenStreamLocation at) {
    }

    private FrontMatterNumbers() {
    }

    /**
     * Types the numbers of {@code frontMatter} in place and returns it.
     *
     * @param error makes the exception for a message and the location it concerns ({@code null}: the types
     *              object)
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> resolve(Map<String, Object> frontMatter, Map<String, Object> types,
                                       BiFunction<String, TokenStreamLocation, PostJsonException> error) {
        for (Map.Entry<String, Object> e : types.entrySet()) {
            String pointer = e.getKey();
            if (!(e.getValue() instanceof String type)) {
                throw error.apply("the type of " + quote(pointer) + " must be a string", null);
            }
            apply(frontMatter, pointer, type, error);
        }
        return (Map<String, Object>) typeDefaults(frontMatter);
    }

    @SuppressWarnings("unchecked")
    private static void apply(Map<String, Object> root, String pointer, String type,
                              BiFunction<String, TokenStreamLocation, PostJsonException> error) {
        if (!pointer.startsWith("/")) {
            throw error.apply(quote(pointer) + " is not a JSON Pointer to a front-matter value", null);
        }
        String[] tokens = pointer.substring(1).split("/", -1);
        Object container = root;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i].replace("~1", "/").replace("~0", "~");
            boolean last = i == tokens.length - 1;
            if (container instanceof Map<?, ?> map && map.containsKey(token)) {
                if (last) {
                    ((Map<String, Object>) map).put(token, typed(map.get(token), type, pointer, error));
                } else {
                    container = map.get(token);
                }
            } else if (container instanceof List<?> list && token.matches("0|[1-9][0-9]{0,8}")
                    && Integer.parseInt(token) < list.size()) {
                int index = Integer.parseInt(token);
                if (last) {
                    ((List<Object>) list).set(index, typed(list.get(index), type, pointer, error));
                } else {
                    container = list.get(index);
                }
            } else {
                throw error.apply(quote(pointer) + " does not point at a front-matter value", null);
            }
        }
    }

    private static Object typed(Object value, String type, String pointer,
                                BiFunction<String, TokenStreamLocation, PostJsonException> error) {
        if (value instanceof String s && type.equals(PostWriter.DOUBLE)
                && (s.equals("NaN") || s.equals("Infinity") || s.equals("-Infinity"))) {
            return Double.valueOf(s);
        }
        if (!(value instanceof Text number)) {
            throw error.apply(quote(pointer) + " is typed " + type + " but is not a number", null);
        }
        String text = number.text();
        try {
            switch (type) {
                case PostWriter.INTEGER:
                    return Integer.valueOf(integral(number, type, pointer, error));
                case PostWriter.LONG:
                    return Long.valueOf(integral(number, type, pointer, error));
                case PostWriter.BIG_INTEGER:
                    return new BigInteger(integral(number, type, pointer, error));
                case PostWriter.DOUBLE:
                    return Double.valueOf(text);
                case PostWriter.BIG_DECIMAL:
                    return new BigDecimal(text);
                default:
                    throw error.apply("unknown number type " + quote(type) + " for " + quote(pointer)
                            + " (expected integer, long, bigInteger, double or bigDecimal)", null);
            }
        } catch (NumberFormatException e) {
            throw error.apply(text + " at " + quote(pointer) + " does not fit type " + type, number.at());
        }
    }

    private static String integral(Text number, String type, String pointer,
                                   BiFunction<String, TokenStreamLocation, PostJsonException> error) {
        if (!number.integral()) {
            throw error.apply(number.text() + " at " + quote(pointer) + " is typed " + type
                    + " but is not a whole number", number.at());
        }
        return number.text();
    }

    @SuppressWarnings("unchecked")
    private static Object typeDefaults(Object value) {
        if (value instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).replaceAll((k, v) -> typeDefaults(v));
        } else if (value instanceof List<?> list) {
            ((List<Object>) list).replaceAll(FrontMatterNumbers::typeDefaults);
        } else if (value instanceof Text number) {
            if (!number.integral()) {
                return Double.valueOf(number.text());
            }
            BigInteger big = new BigInteger(number.text());
            if (big.bitLength() < 32) {
                return big.intValue();
            }
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        return value;
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }
}
