package io.meetkit.export.ical;

import java.util.Random;

/** Random text for property tests: ASCII, iCalendar's special characters, emoji, Indic, CJK and RTL scripts. */
public final class RandomText {

    private static final String[] POOLS = {
        "abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789.-_/",
        "\\\\\\;;,,::\"\"\n\r\t^",
        "🐍😀👩‍💻🏳️‍🌈🇮🇳",
        "ಕನ್ನಡಭಾಷೆಸಭೆ",
        "हिन्दीदेवनागरी",
        "中文日本語한국어",
        "עברית العربية",
        "éüßçñ",
    };

    private RandomText() {
    }

    /** About {@code length} UTF-16 units of mixed text; never a lone surrogate. */
    public static String of(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            String pool = POOLS[random.nextInt(POOLS.length)];
            int at = random.nextInt(pool.length());
            if (Character.isLowSurrogate(pool.charAt(at))) {
                at--;
            }
            sb.appendCodePoint(pool.codePointAt(at));
        }
        return sb.toString();
    }
}
