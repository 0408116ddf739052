package io.meetkit.export.jsonld.internal;

import io.meetkit.core.AttendanceMode;
import io.meetkit.core.Diagnostic;
import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a written {@code Event} node against the search engines' published Event requirements: required
 * {@code name}, {@code startDate} and a {@code location} with an {@code address} (errors: no rich result without
 * them), and recommended {@code description}, {@code endDate}, {@code image}, {@code organizer} and
 * {@code performer} (warnings). {@code eventStatus} is always written. {@code offers} is recommended too but the
 * model has no prices, so a warning about it could never be acted on and is not given. Not API.
 */
final class Eligibility {
    private Eligibility() {
    }

    static List<Diagnostic> of(Post post, Event event, LdObject node) {
        List<Diagnostic> found = new ArrayList<>();
        String name = "event \"" + event.name() + "\"";
        if (!node.has("startDate")) {
            found.add(error(post, event, EventFact.DATE, "startDate",
                    name + " has no start date, which event rich results require"));
        }
        boolean placeWithAddress = places(node).stream()
                .anyMatch(p -> "Place".equals(p.get("@type").orElse(null)) && p.has("address"));
        boolean anyPlace = places(node).stream().anyMatch(p -> "Place".equals(p.get("@type").orElse(null)));
        if (!anyPlace && event.attendanceMode() == AttendanceMode.ONLINE) {
            found.add(Diagnostic.warning(post.source(), PostGraph.lineOf(event, EventFact.ONLINE_URL), 1,
                    name + " is online only, which is not eligible for event rich results; it is still written as"
                            + " valid schema.org").withKey("location"));
        } else if (!anyPlace) {
            found.add(error(post, event, EventFact.VENUE, "location",
                    name + " has no location, which event rich results require"));
        } else if (!placeWithAddress) {
            found.add(error(post, event, EventFact.VENUE, "location.address",
                    name + " has a location without an address (locality, street, region, postal code or country),"
                            + " which event rich results require"));
        }
        recommend(found, post, event, node, "description", EventFact.NAME, name);
        recommend(found, post, event, node, "endDate", EventFact.TIME, name);
        recommend(found, post, event, node, "image", EventFact.NAME, name);
        recommend(found, post, event, node, "organizer", EventFact.ORGANIZER, name);
        recommend(found, post, event, node, "performer", EventFact.TALKS, name);
        return found;
    }

    /**
     * Why search engines would reject {@code node} as an Event at all (not merely without a rich result): it needs a
     * {@code startDate} and a {@code location} that is a {@code Place} with an address or a {@code VirtualLocation}.
     * Empty when the node has both; else the warning saying the event is left out, at the missing fact's line.
     */
    static Optional<Diagnostic> leftOut(Post post, Event event, LdObject node) {
        boolean located = places(node).stream().anyMatch(p -> "VirtualLocation".equals(p.get("@type").orElse(null))
                || "Place".equals(p.get("@type").orElse(null)) && p.has("address"));
        String why;
        EventFact fact;
        if (!node.has("startDate")) {
            why = located ? "it has no start date" : "it has no start date and no location with an address or URL";
            fact = EventFact.DATE;
        } else if (!located) {
            why = "it has no location with an address (a Place) or a URL (a VirtualLocation)";
            fact = EventFact.VENUE;
        } else {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.warning(post.source(), PostGraph.lineOf(event, fact), 1,
                "JSON-LD leaves out event \"" + PlainText.collapse(event.name()) + "\": " + why
                        + ", which search engines require of an Event; its speakers are still described"
                        + " (JsonLdWriter.Builder.allEvents(true) or meetup --all-events writes it anyway)")
                .withKey("event"));
    }

    private static void recommend(List<Diagnostic> found, Post post, Event event, LdObject node, String property,
                                  EventFact fact, String name) {
        if (!node.has(property)) {
            found.add(Diagnostic.warning(post.source(), PostGraph.lineOf(event, fact), 1,
                    name + " has no " + property + ", which event rich results recommend").withKey(property));
        }
    }

    private static Diagnostic error(Post post, Event event, EventFact fact, String key, String message) {
        return Diagnostic.error(post.source(), PostGraph.lineOf(event, fact), 1, message).withKey(key);
    }

    private static List<LdObject> places(LdObject node) {
        Object location = node.get("location").orElse(null);
        List<LdObject> places = new ArrayList<>();
        if (location instanceof LdObject o) {
            places.add(o);
        } else if (location instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof LdObject l) {
                    places.add(l);
                }
            }
        }
        return places;
    }
}
