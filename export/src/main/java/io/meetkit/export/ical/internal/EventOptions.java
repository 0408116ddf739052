package io.meetkit.export.ical.internal;

import java.time.Duration;
import java.util.Optional;

/**
 * The optional additions to each {@code VEVENT} an {@code IcsWriter} was asked for; all off by default.
 *
 * @param reminder        how long before the start a {@code VALARM} reminds, if one is wanted
 * @param defaultDuration the length given to a timed event that states a start and no end
 * @param attachments     whether the talks' slide and video links become {@code ATTACH} properties
 * @param appleLocation   whether a venue with coordinates also gets an {@code X-APPLE-STRUCTURED-LOCATION}
 */
public record EventOptions(Optional<Duration> reminder, Optional<Duration> defaultDuration, boolean attachments,
                           boolean appleLocation) {

    /** Nothing added. */
    public static final EventOptions NONE = new EventOptions(Optional.empty(), Optional.empty(), false, false);
}
