package io.meetkit.export.ical;

import io.meetkit.core.Event;
import io.meetkit.core.EventTime;
import io.meetkit.core.Link;
import io.meetkit.core.Organizer;
import io.meetkit.core.Post;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.TalkKind;
import io.meetkit.core.Venue;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Builds the post that a label in the shared corpus's label format describes ({@code corpus/labels/README.md}):
 * title, postDate, eventDate, startTime, endTime, timezone, venue {name, city, address}, talks {title, speakers
 * {name}, lightning} and eventLinks. The group is BangPypers, at home in Asia/Kolkata.
 */
final class Labels {

    static final ZoneId HOME = ZoneId.of("Asia/Kolkata");

    private Labels() {
    }

    static Post post(JsonNode label) {
        String file = label.get("file").stringValue();
        Post.Builder post = Post.builder(file, label.get("title").stringValue())
                .date(LocalDate.parse(label.get("postDate").stringValue()).atStartOfDay(HOME));
        Event.Builder event = Event.builder(label.get("title").stringValue())
                .organizer(new Organizer("BangPypers", Optional.of(
                        URI.create("https://bangalore.pythonindia.org")), List.of()));
        if (!label.path("eventDate").isNull()) {
            LocalDate day = LocalDate.parse(label.get("eventDate").stringValue());
            ZoneId zone = label.path("timezone").isNull() ? HOME : ZoneId.of(label.get("timezone").stringValue());
            if (label.path("startTime").isNull()) {
                event.time(EventTime.allDay(day));
            } else {
                ZonedDateTime start = ZonedDateTime.of(day, LocalTime.parse(label.get("startTime").stringValue()), zone);
                ZonedDateTime end = label.path("endTime").isNull() ? null
                        : ZonedDateTime.of(day, LocalTime.parse(label.get("endTime").stringValue()), zone);
                event.time(end != null && end.isAfter(start) ? EventTime.between(start, end) : EventTime.at(start));
            }
        }
        JsonNode venue = label.path("venue");
        if (!venue.isNull() && !venue.isMissingNode()) {
            Venue.Builder v = Venue.builder();
            boolean any = false;
            if (!venue.path("name").isNull()) {
                v.name(venue.get("name").stringValue());
                any = true;
            }
            if (!venue.path("city").isNull()) {
                v.locality(venue.get("city").stringValue());
                any = true;
            }
            if (!venue.path("address").isNull()) {
                v.streetAddress(venue.get("address").stringValue());
                any = true;
            }
            if (any) {
                event.venue(v.build());
            }
        }
        for (JsonNode t : label.path("talks").values()) {
            Talk.Builder talk = Talk.builder().kind(t.path("lightning").asBoolean() ? TalkKind.LIGHTNING : TalkKind.TALK);
            if (!t.path("title").isNull()) {
                talk.title(t.get("title").stringValue());
            }
            for (JsonNode s : t.path("speakers").values()) {
                talk.speaker(Speaker.of(s.get("name").stringValue()));
            }
            if (!t.path("title").isNull() || !t.path("speakers").isEmpty()) {
                event.talk(talk.build());
            }
        }
        for (JsonNode l : label.path("eventLinks").values()) {
            URI url = Link.parseUri(l.get("url").stringValue());
            if (url.isAbsolute()) {
                event.url(url);
                break;
            }
        }
        return post.event(event.build()).build();
    }

}
