/**
 * Writes events as iCalendar (RFC 5545): one {@code .ics} per event, or a whole group's feed to subscribe to.
 * {@link io.meetkit.export.ical.IcsWriter} is the entry point; it is immutable and thread-safe.
 *
 * <pre>{@code
 * IcsWriter ics = IcsWriter.builder().calendarName("PyData Bangalore").clock(clock).build();
 * ics.write(post, Path.of("june-meetup.ics"));
 * WriteResult result = ics.writeFeed(posts, Path.of("events.ics"));
 * }</pre>
 */
package io.meetkit.export.ical;
