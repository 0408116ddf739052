package io.meetkit.export.json.internal;

import io.meetkit.core.Author;
import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventTime;
import io.meetkit.core.GeoPoint;
import io.meetkit.core.Link;
import io.meetkit.core.Organizer;
import io.meetkit.core.Post;
import io.meetkit.core.Provenance;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.Venue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * Writes the model with a {@link JsonGenerator}, field by field, in the order {@code PostJson}'s documentation
 * gives. Not API.
 */
public final class PostWriter {
    /** Number type names of {@code frontMatterTypes}, as {@link PostReader} reads them. */
    static final String LONG = "long";
    static final String BIG_INTEGER = "bigInteger";
    static final String DOUBLE = "double";
    static final String BIG_DECIMAL = "bigDecimal";
    static final String INTEGER = "integer";

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final JsonGenerator g;
    private final boolean includeEmpty;

    /**
     * @param g            where to write
     * @param includeEmpty whether absent values are written as {@code null} and empty lists as {@code []} rather
     *                     than left out
     */
    public PostWriter(JsonGenerator g, boolean includeEmpty) {
        this.g = g;
        this.includeEmpty = includeEmpty;
    }

    /** A new pretty printer (one per generator: it counts the nesting) with {@code indent} spaces a level. */
    public static PrettyPrinter prettyPrinter(int indent) {
        return new Indenter(indent);
    }

    public void post(Post post) {
        g.writeStartObject();
        stringProperty("source", post.source());
        stringProperty("slug", post.slug());
        stringProperty("title", post.title());
        optional("date", post.date(), this::dateTime);
        optional("lastModified", post.lastModified(), this::dateTime);
        list("authors", post.authors(), this::author);
        optional("description", post.description(), this::string);
        list("categories", post.categories(), this::string);
        list("tags", post.tags(), this::string);
        optional("image", post.image(), this::uri);
        g.writeBooleanProperty("featured", post.featured());
        g.writeBooleanProperty("draft", post.draft());
        optional("url", post.url(), this::uri);
        optional("excerpt", post.excerpt(), this::string);
        stringProperty("body", post.body());
        frontMatter(post.frontMatter());
        list("links", post.links(), this::link);
        optional("event", post.event(), this::event);
        g.writeEndObject();
    }

    private void frontMatter(Map<String, Object> frontMatter) {
        List<String[]> types = new ArrayList<>();
        if (!frontMatter.isEmpty() || includeEmpty) {
            g.writeName("frontMatter");
            value(frontMatter, "", types);
        }
        if (!types.isEmpty() || includeEmpty) {
            g.writeName("frontMatterTypes");
            g.writeStartObject();
            for (String[] type : types) {
                g.writeName(type[0]);
                string(type[1]);
            }
            g.writeEndObject();
        }
    }

    /**
     * Writes a front-matter value. JSON has one number type, so each number whose Java type the reader would not
     * guess from its text alone gets an entry (JSON Pointer, type name) in {@code types}.
     */
    private void value(Object value, String pointer, List<String[]> types) {
        if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = (String) e.getKey();
                g.writeName(key);
                value(e.getValue(), pointer + "/" + key.replace("~", "~0").replace("/", "~1"), types);
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (int i = 0; i < list.size(); i++) {
                value(list.get(i), pointer + "/" + i, types);
            }
            g.writeEndArray();
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer i) {
            g.writeNumber(i.intValue());
        } else if (value instanceof Long l) {
            g.writeNumber(l.longValue());
            if (l == l.intValue()) {
                types.add(new String[] {pointer, LONG});
            }
        } else if (value instanceof BigInteger big) {
            g.writeNumber(big);
            if (big.compareTo(LONG_MIN) >= 0 && big.compareTo(LONG_MAX) <= 0) {
                types.add(new String[] {pointer, BIG_INTEGER});
            }
        } else if (value instanceof Double d) {
            if (Double.isFinite(d)) {
                // Double.toString always has a '.' or an exponent, so the reader sees a fraction, not an integer.
                g.writeNumber(Double.toString(d));
            } else {
                string(d.toString());
                types.add(new String[] {pointer, DOUBLE});
            }
        } else if (value instanceof BigDecimal dec) {
            g.writeNumber(dec.toString());
            types.add(new String[] {pointer, BIG_DECIMAL});
        } else {
            throw new IllegalArgumentException("front matter at " + pointer + " has an unsupported type "
                    + value.getClass().getName());
        }
    }

    private void author(Author author) {
        g.writeStartObject();
        stringProperty("name", author.name());
        optional("handle", author.handle(), this::string);
        list("links", author.links(), this::link);
        optional("image", author.image(), this::uri);
        g.writeEndObject();
    }

    private void link(Link link) {
        g.writeStartObject();
        stringProperty("url", link.url().toString());
        optional("label", link.label(), this::string);
        stringProperty("kind", name(link.kind()));
        g.writeEndObject();
    }

    private void event(Event event) {
        g.writeStartObject();
        stringProperty("name", event.name());
        optional("time", event.time(), this::time);
        optional("previousTime", event.previousTime(), this::time);
        optional("venue", event.venue(), this::venue);
        optional("onlineUrl", event.onlineUrl(), this::uri);
        stringProperty("status", name(event.status()));
        stringProperty("attendanceMode", name(event.attendanceMode()));
        optionalInt("attendance", event.attendance());
        list("talks", event.talks(), this::talk);
        optional("organizer", event.organizer(), this::organizer);
        optional("url", event.url(), this::uri);
        list("links", event.links(), this::link);
        optional("description", event.description(), this::string);
        if (!event.provenance().isEmpty() || includeEmpty) {
            g.writeName("provenance");
            g.writeStartObject();
            for (Map.Entry<EventFact, Provenance> e : event.provenance().entrySet()) {
                g.writeName(name(e.getKey()));
                provenance(e.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void time(EventTime time) {
        g.writeStartObject();
        if (time instanceof EventTime.AllDay allDay) {
            stringProperty("kind", "all_day");
            stringProperty("firstDay", allDay.first().toString());
            stringProperty("lastDay", allDay.last().toString());
        } else if (time instanceof EventTime.Timed timed) {
            stringProperty("kind", "timed");
            g.writeName("start");
            dateTime(timed.start());
            optional("end", timed.end(), this::dateTime);
        }
        g.writeEndObject();
    }

    private void venue(Venue venue) {
        g.writeStartObject();
        optional("name", venue.name(), this::string);
        optional("streetAddress", venue.streetAddress(), this::string);
        optional("locality", venue.locality(), this::string);
        optional("region", venue.region(), this::string);
        optional("postalCode", venue.postalCode(), this::string);
        optional("country", venue.country(), this::string);
        optional("geo", venue.geo(), this::geo);
        optional("url", venue.url(), this::uri);
        g.writeEndObject();
    }

    private void geo(GeoPoint geo) {
        g.writeStartObject();
        g.writeName("latitude");
        g.writeNumber(Double.toString(geo.latitude()));
        g.writeName("longitude");
        g.writeNumber(Double.toString(geo.longitude()));
        g.writeEndObject();
    }

    private void talk(Talk talk) {
        g.writeStartObject();
        optional("title", talk.title(), this::string);
        stringProperty("kind", name(talk.kind()));
        list("speakers", talk.speakers(), this::speaker);
        optional("description", talk.description(), this::string);
        list("links", talk.links(), this::link);
        optional("start", talk.start(), this::dateTime);
        optional("duration", talk.duration(), this::duration);
        g.writeName("provenance");
        provenance(talk.provenance());
        g.writeEndObject();
    }

    private void speaker(Speaker speaker) {
        g.writeStartObject();
        stringProperty("name", speaker.name());
        list("links", speaker.links(), this::link);
        optional("bio", speaker.bio(), this::string);
        optional("image", speaker.image(), this::uri);
        g.writeEndObject();
    }

    private void organizer(Organizer organizer) {
        g.writeStartObject();
        stringProperty("name", organizer.name());
        optional("url", organizer.url(), this::uri);
        list("links", organizer.links(), this::link);
        g.writeEndObject();
    }

    private void provenance(Provenance provenance) {
        g.writeStartObject();
        stringProperty("origin", name(provenance.origin()));
        optionalInt("line", provenance.line());
        optional("detail", provenance.detail(), this::string);
        g.writeEndObject();
    }

    private void dateTime(ZonedDateTime time) {
        string(Times.format(time));
    }

    private void duration(Duration duration) {
        string(duration.toString());
    }

    private void uri(URI uri) {
        string(uri.toString());
    }

    private void stringProperty(String name, String value) {
        g.writeName(name);
        string(value);
    }

    /**
     * Writes a string value. A Java string may hold a lone surrogate, which UTF-8 cannot encode; such a string is
     * written with backslash-u escapes so that it still reads back equal.
     */
    private void string(String value) {
        if (!hasLoneSurrogate(value)) {
            g.writeString(value);
            return;
        }
        StringBuilder sb = new StringBuilder(value.length() + 16).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        g.writeRawValue(sb.append('"').toString());
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private <T> void optional(String name, Optional<T> value, Consumer<T> write) {
        if (value.isPresent()) {
            g.writeName(name);
            write.accept(value.get());
        } else if (includeEmpty) {
            g.writeNullProperty(name);
        }
    }

    private void optionalInt(String name, OptionalInt value) {
        if (value.isPresent()) {
            g.writeName(name);
            g.writeNumber(value.getAsInt());
        } else if (includeEmpty) {
            g.writeNullProperty(name);
        }
    }

    private <T> void list(String name, List<T> values, Consumer<T> write) {
        if (values.isEmpty() && !includeEmpty) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        values.forEach(write);
        g.writeEndArray();
    }

    /** An enum constant's JSON form: its Java name in lower case ({@code MOVED_ONLINE} is {@code moved_online}). */
    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
