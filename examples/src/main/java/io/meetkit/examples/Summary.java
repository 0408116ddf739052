package io.meetkit.examples;

import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventStatus;
import io.meetkit.core.EventTime;
import io.meetkit.core.Post;
import io.meetkit.core.Provenance;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.TalkKind;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The readable listing printed by {@code -f summary}: one block per post, its event, talks and speakers. */
final class Summary {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Summary() {
    }

    static void write(Post post, PrintWriter out) {
        String date = post.date().map(d -> d.toLocalDate().toString()).orElse("----------");
        out.println(date + "  " + post.title() + (post.draft() ? "  [draft]" : ""));
        out.println("    source:     " + post.source());
        post.url().ifPresent(u -> out.println("    url:        " + u));
        if (post.event().isEmpty()) {
            out.println("    event:      none");
            out.println();
            return;
        }
        Event event = post.event().get();
        out.println("    event:      " + event.name() + status(event));
        out.println("    when:       " + event.time().map(Summary::when).orElse("unknown")
                + mark(event, event.provenance().containsKey(EventFact.TIME) ? EventFact.TIME : EventFact.DATE));
        event.venue().ifPresent(v -> out.println("    venue:      " + v.displayText() + mark(event, EventFact.VENUE)));
        event.onlineUrl().ifPresent(u -> out.println("    online:     " + u));
        if (event.attendance().isPresent()) {
            out.println("    attendance: " + event.attendance().getAsInt() + mark(event, EventFact.ATTENDANCE));
        }
        if (!event.talks().isEmpty()) {
            out.println("    talks:" + mark(event, EventFact.TALKS));
            int i = 1;
            for (Talk talk : event.talks()) {
                String speakers = talk.speakers().stream().map(Summary::speaker).collect(Collectors.joining(", "));
                out.println("      " + i++ + ". " + talk.displayTitle()
                        + (talk.kind() == TalkKind.TALK ? "" : " (" + talk.kind().name().toLowerCase(Locale.ROOT)
                        .replace('_', ' ') + ")")
                        + (speakers.isEmpty() ? "" : " - " + speakers));
            }
        }
        String inferred = event.provenance().entrySet().stream()
                .filter(e -> !e.getValue().origin().isStated())
                .map(Map.Entry::getKey).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        if (!inferred.isEmpty()) {
            out.println("    inferred:   " + inferred);
        }
        out.println();
    }

    private static String status(Event event) {
        return event.status() == EventStatus.SCHEDULED ? ""
                : "  [" + event.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "]";
    }

    private static String speaker(Speaker s) {
        return s.links().isEmpty() ? s.name() : s.name() + " <" + s.links().get(0).url() + ">";
    }

    private static String mark(Event event, EventFact fact) {
        Provenance p = event.provenance().get(fact);
        if (p == null) {
            return "";
        }
        String where = p.line().isPresent() ? " line " + p.line().getAsInt() : "";
        return "  [" + p.origin().name().toLowerCase(Locale.ROOT).replace('_', ' ') + where + "]";
    }

    static String when(EventTime time) {
        if (time instanceof EventTime.AllDay allDay) {
            return allDay.first().equals(allDay.last()) ? DAY.format(allDay.first())
                    : DAY.format(allDay.first()) + " to " + DAY.format(allDay.last());
        }
        EventTime.Timed timed = (EventTime.Timed) time;
        String start = DAY.format(timed.start()) + " " + TIME.format(timed.start());
        String end = timed.end().map(e -> e.toLocalDate().equals(timed.start().toLocalDate())
                ? "-" + TIME.format(e) : " to " + DAY.format(e) + " " + TIME.format(e)).orElse("");
        return start + end + " " + timed.start().getZone().getId();
    }
}
