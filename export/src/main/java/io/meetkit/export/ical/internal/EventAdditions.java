package io.meetkit.export.ical.internal;

import io.meetkit.core.Event;
import io.meetkit.core.GeoPoint;
import io.meetkit.core.Link;
import io.meetkit.core.LinkKind;
import io.meetkit.core.Talk;
import io.meetkit.core.Venue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the optional parts of a {@code VEVENT} ({@link EventOptions}): Apple's structured location, attachments and
 * a reminder. Kept apart from {@link CalendarWriter} so that each addition is one call there.
 */
final class EventAdditions {

    private EventAdditions() {
    }

    /**
     * {@code X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="…";X-TITLE="…":geo:LAT,LON}, the form Apple Calendar
     * writes and reads to pin an event on a map. Both parameters are always quoted and encoded as RFC 6868 says, so
     * a venue's text cannot end the parameter or the line.
     */
    static void appleLocation(ContentLines out, Venue venue) {
        if (venue.geo().isEmpty()) {
            return;
        }
        GeoPoint geo = venue.geo().get();
        String title = venue.name().orElseGet(venue::displayText);
        String address = address(venue);
        StringBuilder name = new StringBuilder("X-APPLE-STRUCTURED-LOCATION;VALUE=URI");
        if (!address.isEmpty()) {
            name.append(";X-ADDRESS=").append(IcsText.quotedParameter(address));
        }
        name.append(";X-TITLE=").append(IcsText.quotedParameter(title));
        out.property(name.toString(), "geo:" + decimal(geo.latitude()) + "," + decimal(geo.longitude()));
    }

    /** The venue's address without its name, as Apple shows it under the title. */
    private static String address(Venue venue) {
        Set<String> parts = new LinkedHashSet<>();
        for (Optional<String> part : List.of(venue.streetAddress(), venue.locality(), venue.region(),
                venue.postalCode(), venue.country())) {
            part.ifPresent(parts::add);
        }
        return String.join(", ", parts);
    }

    /**
     * One {@code ATTACH} per distinct slide or video link of {@code talks} that is an absolute web address; a
     * relative link cannot be opened from a calendar.
     */
    static void attachments(ContentLines out, List<Talk> talks) {
        Set<String> seen = new LinkedHashSet<>();
        for (Talk talk : talks) {
            for (Link link : talk.links()) {
                if (isMedia(link.kind()) && link.isWeb()) {
                    seen.add(link.url().toASCIIString());
                }
            }
        }
        for (String url : seen) {
            out.property("ATTACH", url);
        }
    }

    private static boolean isMedia(LinkKind kind) {
        return kind == LinkKind.SLIDES || kind == LinkKind.VIDEO || kind == LinkKind.YOUTUBE;
    }

    /** A {@code VALARM} that shows the event's name {@code before} its start (RFC 5545 section 3.6.6). */
    static void reminder(ContentLines out, Event event, Duration before) {
        out.begin("VALARM");
        out.property("ACTION", "DISPLAY");
        out.text("DESCRIPTION", event.name());
        out.property("TRIGGER;RELATED=START", before.isZero() ? "PT0S" : "-" + duration(before));
        out.end("VALARM");
    }

    /** An RFC 5545 dur-value without sign: {@code P1D}, {@code PT1H30M}, {@code P1DT2H}; whole seconds. */
    static String duration(Duration d) {
        long seconds = d.getSeconds();
        long days = seconds / 86_400;
        long hours = seconds / 3_600 % 24;
        long minutes = seconds / 60 % 60;
        long rest = seconds % 60;
        StringBuilder sb = new StringBuilder("P");
        if (days > 0) {
            sb.append(days).append('D');
        }
        if (hours > 0 || minutes > 0 || rest > 0) {
            sb.append('T');
            if (hours > 0) {
                sb.append(hours).append('H');
            }
            if (minutes > 0) {
                sb.append(minutes).append('M');
            }
            if (rest > 0) {
                sb.append(rest).append('S');
            }
        }
        return sb.length() == 1 ? "PT0S" : sb.toString();
    }

    private static String decimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String s = d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
