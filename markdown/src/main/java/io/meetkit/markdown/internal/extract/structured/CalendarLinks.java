package io.meetkit.markdown.internal.extract.structured;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Add to Google Calendar" links, which some sites keep in an event's front matter: {@code
 * https://www.google.com/calendar/event?action=TEMPLATE&text=…&dates=…&location=…&ctz=…} (also {@code
 * calendar.google.com/calendar/render}). Their query names the event's place and sometimes its time zone.
 */
final class CalendarLinks {

    private static final String[] PREFIXES = {"www.google.com/calendar/", "google.com/calendar/",
        "calendar.google.com/calendar/"};

    private CalendarLinks() {
    }

    /**
     * The decoded query parameters of a Google Calendar event template link (the first value of each name), or an
     * empty map for any other text.
     */
    static Map<String, String> templateQuery(String link) {
        String rest;
        if (link.regionMatches(true, 0, "https://", 0, 8)) {
            rest = link.substring(8);
        } else if (link.regionMatches(true, 0, "http://", 0, 7)) {
            rest = link.substring(7);
        } else {
            return Map.of();
        }
        boolean calendar = false;
        for (String p : PREFIXES) {
            calendar |= rest.regionMatches(true, 0, p, 0, p.length());
        }
        int q = rest.indexOf('?');
        if (!calendar || q < 0) {
            return Map.of();
        }
        Map<String, String> params = new HashMap<>();
        int from = q + 1;
        while (from <= rest.length()) {
            int amp = rest.indexOf('&', from);
            int to = amp < 0 ? rest.length() : amp;
            int eq = rest.indexOf('=', from);
            if (eq > from && eq < to) {
                String name = rest.substring(from, eq).toLowerCase(Locale.ROOT);
                try {
                    params.putIfAbsent(name, URLDecoder.decode(rest.substring(eq + 1, to), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // a broken %-escape: that parameter is left out
                }
            }
            if (amp < 0) {
                break;
            }
            from = amp + 1;
        }
        return "TEMPLATE".equalsIgnoreCase(params.get("action")) ? params : Map.of();
    }

    /** The zone a {@code ctz} parameter names, if it is a region id such as America/New_York. */
    static Optional<ZoneId> zone(String ctz) {
        String id = ctz.strip();
        if (id.indexOf('/') < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
