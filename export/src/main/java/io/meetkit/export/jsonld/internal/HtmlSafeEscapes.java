package io.meetkit.export.jsonld.internal;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * JSON string escapes that make a document safe inside an HTML {@code <script>} element: {@code <}, {@code >} and
 * {@code &} become {@code \u003c}, {@code \u003e} and {@code \u0026}, so no {@code </script>}, {@code <!--} or
 * entity can appear in the element's text; U+2028 and U+2029 become {@code \u2028} and {@code \u2029} because
 * older JavaScript parsers read them as line ends. Not API.
 */
public final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] asciiEscapes;

    public HtmlSafeEscapes() {
        int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
        escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
        escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
        escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        this.asciiEscapes = escapes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return asciiEscapes.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch == 0x2028) {
            return new SerializedString("\\u2028");
        }
        if (ch == 0x2029) {
            return new SerializedString("\\u2029");
        }
        return null;
    }
}
