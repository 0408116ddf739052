package io.meetkit.export.jsonld.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Markdown or HTML of a description into the plain text schema.org expects. Not API.
 *
 * <p>Names and titles are already plain text in the model, so they only get {@link #collapse(String)}: stripping
 * tags there would eat a talk literally titled {@code "Why </script> breaks pages"}.
 */
public final class PlainText {
    // A private-use character marks where a code span was set aside; any in the input become spaces.
    private static final char HOLD = '\uE000';
    private static final Pattern HELD = Pattern.compile(HOLD + "(\\d+)" + HOLD);
    private static final Pattern CODE_SPAN = Pattern.compile("`+([^`]*)`+");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern LINE_MARKUP = Pattern.compile("(?m)^\\s{0,3}(?:#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|~~)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("rsquo", "\u2019"),
            Map.entry("lsquo", "\u2018"), Map.entry("rdquo", "\u201d"), Map.entry("ldquo", "\u201c"),
            Map.entry("copy", "\u00a9"), Map.entry("eacute", "\u00e9"), Map.entry("uuml", "\u00fc"),
            Map.entry("ouml", "\u00f6"), Map.entry("auml", "\u00e4"), Map.entry("szlig", "\u00df"));

    private PlainText() {
    }

    /** {@code markup} without Markdown and HTML markup, entities decoded and white space collapsed. */
    public static String of(String markup) {
        // Code spans are set aside first so that no later step reads their text as markup.
        List<String> code = new ArrayList<>();
        String s = CODE_SPAN.matcher(markup.replace(HOLD, ' ')).replaceAll(m -> {
            code.add(m.group(1));
            return HOLD + Integer.toString(code.size() - 1) + HOLD;
        });
        s = COMMENT.matcher(s).replaceAll(" ");
        s = TAG.matcher(s).replaceAll(" ");
        s = IMAGE.matcher(s).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = REFERENCE_LINK.matcher(s).replaceAll("$1");
        s = LINE_MARKUP.matcher(s).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        s = decodeEntities(s);
        s = HELD.matcher(s).replaceAll(m -> Matcher.quoteReplacement(code.get(Integer.parseInt(m.group(1)))));
        return collapse(s);
    }

    /** {@code text} with runs of white space (line ends included) made one space, and stripped. */
    public static String collapse(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }

    private static String decodeEntities(String s) {
        return ENTITY.matcher(s).replaceAll(m -> Matcher.quoteReplacement(decode(m.group(1), m.group())));
    }

    private static String decode(String name, String whole) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int cp;
            try {
                cp = Integer.parseInt(hex ? name.substring(2) : name.substring(1), hex ? 16 : 10);
            } catch (NumberFormatException e) {
                return whole;
            }
            return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : whole;
        }
        return NAMED.getOrDefault(name, whole);
    }
}
