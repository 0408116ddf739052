package io.meetkit.export.ical.internal;

import io.meetkit.core.Organizer;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The validated settings of an {@code IcsWriter}.
 *
 * @param clock               gives DTSTAMP
 * @param productId           the PRODID
 * @param calendarName        the feed's name
 * @param calendarDescription the feed's description
 * @param timeZone            the zone for times given with an offset only, and the feed's X-WR-TIMEZONE
 * @param uidDomain           the domain part of every UID
 * @param organizer           the organizer of events that name none
 * @param refreshInterval     how often subscribers should reload the feed
 * @param talkEvents          whether each timed talk also becomes its own VEVENT
 * @param eventOptions        reminders, default duration, attachments and Apple locations, when asked for
 */
public record Settings(Clock clock, String productId, Optional<String> calendarName,
                       Optional<String> calendarDescription, Optional<ZoneId> timeZone, Optional<String> uidDomain,
                       Optional<Organizer> organizer, Duration refreshInterval, boolean talkEvents,
                       EventOptions eventOptions) {
}
