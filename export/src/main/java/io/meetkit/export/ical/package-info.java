/**
 * Writes events as iCalendar (RFC 5545): one {@code .ics} per event, or a whole group's feed.
 *
 * <pre>{@code
 * IcsWriter ics = IcsWriter.create();
 * ics.write(post, writer);
 * ics.writeFeed(posts, writer);
 * }</pre>
 */
package io.meetkit.export.ical;
