package io.meetkit.export.json.internal;

import io.meetkit.core.AttendanceMode;
import io.meetkit.core.Author;
import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventStatus;
import io.meetkit.core.EventTime;
import io.meetkit.core.GeoPoint;
import io.meetkit.core.Link;
import io.meetkit.core.LinkKind;
import io.meetkit.core.Organizer;
import io.meetkit.core.Post;
import io.meetkit.core.Provenance;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.TalkKind;
import io.meetkit.core.Venue;
import io.meetkit.export.json.PostJsonException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads what {@link PostWriter} writes, with a {@link JsonParser}. Lenient where a sensible reading exists
 * (unknown fields are skipped; {@code null}, a missing field and an empty list all mean "absent"), and otherwise
 * throws {@link PostJsonException} naming the field and its line and column. Not API.
 */
public final class PostReader {
    private final JsonParser p;

    public PostReader(JsonParser p) {
        this.p = p;
    }

    /** Reads one post object and checks nothing follows it. */
    public Post readPost() {
        next();
        Post post = post("");
        end();
        return post;
    }

    /** Reads an array of post objects and checks nothing follows it. */
    public List<Post> readPosts() {
        next();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw fail("", "expected an array of posts, found " + describe(p.currentToken()));
        }
        List<Post> posts = new ArrayList<>();
        while (next() != JsonToken.END_ARRAY) {
            posts.add(post("[" + posts.size() + "]"));
        }
        end();
        return posts;
    }

    private void end() {
        if (p.nextToken() != null) {
            throw fail("", "unexpected " + describe(p.currentToken()) + " after the end of the JSON value");
        }
    }

    private JsonToken next() {
        JsonToken token = p.nextToken();
        if (token == null) {
            throw fail("", "unexpected end of input");
        }
        return token;
    }

    // ---- model objects

    private Post post(String path) {
        TokenStreamLocation at = p.currentTokenLocation();
        var f = new Object() {
            String source;
            String title;
            String slug;
            ZonedDateTime date;
            ZonedDateTime lastModified;
            List<Author> authors = List.of();
            String description;
            List<String> categories = List.of();
            List<String> tags = List.of();
            URI image;
            boolean featured;
            boolean draft;
            URI url;
            String excerpt;
            String body = "";
            Map<String, Object> frontMatter = new LinkedHashMap<>();
            Map<String, Object> types = new LinkedHashMap<>();
            TokenStreamLocation typesAt;
            List<Link> links = List.of();
            Event event;
        };
        fields(path, "a post", (name, fp) -> {
            switch (name) {
                case "source" -> f.source = text(fp);
                case "slug" -> f.slug = nullableText(fp);
                case "title" -> f.title = text(fp);
                case "date" -> f.date = nullable(() -> dateTime(fp));
                case "lastModified" -> f.lastModified = nullable(() -> dateTime(fp));
                case "authors" -> f.authors = list(fp, this::author);
                case "description" -> f.description = nullableText(fp);
                case "categories" -> f.categories = list(fp, this::text);
                case "tags" -> f.tags = list(fp, this::text);
                case "image" -> f.image = nullable(() -> uri(fp));
                case "featured" -> f.featured = bool(fp);
                case "draft" -> f.draft = bool(fp);
                case "url" -> f.url = nullable(() -> uri(fp));
                case "excerpt" -> f.excerpt = nullableText(fp);
                case "body" -> f.body = nullable(() -> text(fp));
                case "frontMatter" -> f.frontMatter = nullable(() -> rawMap(fp));
                case "frontMatterTypes" -> {
                    f.typesAt = p.currentTokenLocation();
                    f.types = nullable(() -> rawMap(fp));
                }
                case "links" -> f.links = list(fp, this::link);
                case "event" -> f.event = nullable(() -> event(fp));
                default -> {
                    return false;
                }
            }
            return true;
        });
        require(f.source, path, "source", at);
        require(f.title, path, "title", at);
        Map<String, Object> frontMatter = FrontMatterNumbers.resolve(
                f.frontMatter == null ? new LinkedHashMap<>() : f.frontMatter, f.types == null ? Map.of() : f.types,
                        (message, loc) -> fail(loc == null ? f.typesAt : loc,
                                at(path, "frontMatterTypes") + ": " + message, null));
        return build(path, at, () -> {
            Post.Builder b = Post.builder(f.source, f.title)
                    .authors(f.authors).categories(f.categories).tags(f.tags)
                    .featured(f.featured).draft(f.draft).body(f.body == null ? "" : f.body)
                    .frontMatter(frontMatter).links(f.links);
            if (f.slug != null) {
                b.slug(f.slug);
            }
            if (f.date != null) {
                b.date(f.date);
            }
            if (f.lastModified != null) {
                b.lastModified(f.lastModified);
            }
            if (f.description != null) {
                b.description(f.description);
            }
            if (f.image != null) {
                b.image(f.image);
            }
            if (f.url != null) {
                b.url(f.url);
            }
            if (f.excerpt != null) {
                b.excerpt(f.excerpt);
            }
            if (f.event != null) {
                b.event(f.event);
            }
            return b.build();
        });
    }

    private Author author(String path) {
        TokenStreamLocation at = p.currentTokenLocation();
        var f = new Object() {
            String name;
            String handle;
            List<Link> links = List.of();
            URI image;
        };
        fields(path, "an author", (name, fp) -> {
            switch (name) {
                case "name" -> f.name = text(fp);
                case "handle" -> f.handle = nullableText(fp);
                case "links" -> f.links = list(fp, this::link);
                case "image" -> f.image = nullable(() -> uri(fp));
                default -> {
                    return false;
                }
            }
            return true;
        });
        require(f.name, path, "name", at);
        return build(path, at, () -> new Author(f.name, Optional.ofNullable(f.handle), f.links,
                Optional.ofNullable(f.image)));
    }

    private Link link(String path) {
        TokenStreamLocation at = p.currentTokenLocation();
        var f = new Object() {
            URI url;
            String label;
            LinkKind kind;
        };
        fields(path, "a link", (name, fp) -> {
            switch (name) {
                case "url" -> f.url = uri(fp);
                case "label" -> f.label = nullableText(fp);
                case "kind" -> f.kind = nullable(() -> constant(fp, LinkKind.class));
                default -> {
                    return false;
                }
            }
            return true;
        });
        require(f.url, path, "url", at);
        return build(path, at, () -> new Link(f.url, Optional.ofNullable(f.label),
                f.kind != null ? f.kind : LinkKind.detect(f.url)));
    }

    private Event event(String path) {
        TokenStreamLocation at = p.currentTokenLocation();
        var f = new Object() {
            String name;
            EventTime time;
            EventTime previousTime;
            Venue venue;
            URI onlineUrl;
            EventStatus status = EventStatus.SCHEDULED;
            AttendanceMode attendanceMode = AttendanceMode.OFFLINE;
            Integer attendance;
            List<Talk> talks = List.of();
            Organizer organizer;
            URI url;
            List<Link> links = List.of();
            String description;
            Map<EventFact, Provenance> provenance = Map.of();
        };
        fields(path, "an event", (name, fp) -> {
            switch (name) {
                case "name" -> f.name = text(fp);
                case "time" -> f.time = nullable(() -> time(fp));
                case "previousTime" -> f.previousTime = nullable(() -> time(fp));
                case "venue" -> f.venue = nullable(() -> venue(fp));
                case "onlineUrl" -> f.onlineUrl = nullable(() -> uri(fp));
                case "status" -> f.status = orElse(nullable(() -> constant(fp, EventStatus.class)), f.status);
                case "attendanceMode" -> f.attendanceMode =
                        orElse(nullable(() -> constant(fp, AttendanceMode.class)), f.attendanceMode);
                case "attendance" -> f.attendance = nullable(() -> integer(fp));
                case "talks" -> f.talks = list(fp, this::talk);
                case "organizer" -> f.organizer = nullable(() -> organizer(fp));
                case "url" -> f.url = nullable(() -> uri(fp));
                case "links" -> f.links = list(fp, this::link);
                case "description" -> f.description = nullableText(fp);
                case "provenance" -> f.provenance = nullable(() -> provenanceMap(fp));
                default -> {
                    return false;
                }
            }
            return true;
        });
        require(f.name, path, "name", at);
        return build(path, at, () -> new Event(f.name, Optional.ofNullable(f.time), Optional.ofNullable(f.previousTime),
                Optional.ofNullable(f.venue), Optional.ofNullable(f.onlineUrl), f.status, f.attendanceMode,
                f.attendance == null ? OptionalInt.empty() : OptionalInt.of(f.attendance), f.talks,
                Optional.ofNullable(f.organizer), Optional.ofNullable(f.url), f.links,
                Optional.ofNullable(f.description), f.provenance == null ? Map.of() : f.provenance));
    }

    private Map<EventFact, Provenance> provenanceMap(String path) {
        expectObject(path, "an object of provenance by fact");
        Map<EventFact, Provenance> map = new EnumMap<>(EventFact.class);
        while (next() == JsonToken.PROPERTY_NAME) {
            String key = p.currentName();
            EventFact fact = constant(at(path, key), key, EventFact.class);
            next();
            map.put(fact, provenance(at(path, key)));
        }
        return map;
    }

    private EventTime time(String path) {
        TokenStreamLocation at = p.currentTokenLocation();
        var f = new Object() {
            String kind;
            LocalDate firstDay;
            LocalDate lastDay;
            ZonedDateTime start;
            ZonedDateTime end;
        };
        fields(path, "an event time", (name, fp) -> {
            switch (name) {
                case "kind" -> f.kind = text(fp);
                case "firstDay" -> f.firstDay = date(fp);
                case "lastDay" -> f.lastDay = nullable(() -> date(fp));
                case "start" -> f.start = dateTime(fp);
                case "end" -> f.end = nullable(() -> dateTime(fp));
                default -> {
                    return false;
                }
            }
            return true;
        });
        String kind = f.kind != null ? f.kind : f.firstDay != null ? "all_day" : "timed";
        if (kind.equals("all_day")) {
            require(f.firstDay, path, "firstDay", at);
            return build(path, at, () -> new EventTime.AllDay(f.firstDay, f.lastDay != null ? f.lastDay : f.firstDay));
        } else if (kind.equals("timed")) {
            require(f.start, path, "start", at);
            return build(path, at, () -> new EventTime.Timed(f.start, Optional.ofNullable(f.end)));
        }
        throw fail(at, at(path, "kind") + ": unknown value \"" + kind + "\" (expected all_day or timed)", null);
    }

    private Venue venue(String path) {
        TokenStreamLocation at = p.currentTokenLocation();
        Venue.Builder b = Venue.builder();
        fields(path, "a venue", (name, fp) -> {
            switch (name) {
                case "name" -> ifText(fp, b::name);
                case "streetAddress" -> ifText(fp, b::streetAddress);
                case "locality" -> ifText(fp, b::locality);
                case "region" -> ifText(fp, b::region);
                case "postalCode" -> ifText(fp, b::postalCode);
                case "country" -> ifText(fp, b::country);
                case "geo" -> {
                    GeoPoint geo = nullable(() -> geo(fp));
                    if (geo != null) {
                        b.geo(geo);
                    }
                }
                case "url" -> {
                    URI url = nullable(() -> uri(fp));
                    if (url != null) {
                        b.url(url);
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
        return build(path, at, b::build);
    }

    private void ifText(String path, Function<String, ?> set) {
        String text = nullableText(path);
        if (text != null) {
            set.apply(text);
        }
    }

    private GeoPoint geo(String path) {
        TokenStreamLocation at = p.currentTokenLocation();
        var f = new Object() {
            Double latitude;
            Double longitude;
        };
        fields(path, "a geo point", (name, fp) -> {
            switch (name) {
                case "latitude" -> f.latitude = decimal(fp);
                case "longitude" -> f.longitude = decimal(fp);
                default -> {
                    return false;
                }
            }
            return true;
        });
        require(f.latitude, path, "latitude", at);
        require(f.longitude, path, "longitude", at);
        return build(path, at, () -> new GeoPoint(f.latitude, f.longitude));
    }

    private Talk talk(String path) {
        TokenStreamLocation at = p.currentTokenLocation();
        var f = new Object() {
            String title;
            TalkKind kind = TalkKind.TALK;
            List<Speaker> speakers = List.of();
            String description;
            List<Link> links = List.of();
            ZonedDateTime start;
            Duration duration;
            Provenance provenance = Provenance.defaulted("not recorded in the JSON it was read from");
        };
        fields(path, "a talk", (name, fp) -> {
            switch (name) {
                case "title" -> f.title = nullableText(fp);
                case "kind" -> f.kind = orElse(nullable(() -> constant(fp, TalkKind.class)), f.kind);
                case "speakers" -> f.speakers = list(fp, this::speaker);
                case "description" -> f.description = nullableText(fp);
                case "links" -> f.links = list(fp, this::link);
                case "start" -> f.start = nullable(() -> dateTime(fp));
                case "duration" -> f.duration = nullable(() -> duration(fp));
                case "provenance" -> f.provenance = orElse(nullable(() -> provenance(fp)), f.provenance);
                default -> {
                    return false;
                }
            }
            return true;
        });
        return build(path, at, () -> new Talk(Optional.ofNullable(f.title), f.kind, f.speakers,
                Optional.ofNullable(f.description), f.links, Optional.ofNullable(f.start),
                Optional.ofNullable(f.duration), f.provenance));
    }

    private Speaker speaker(String path) {
        TokenStreamLocation at = p.currentTokenLocation();
        var f = new Object() {
            String name;
            List<Link> links = List.of();
            String bio;
            URI image;
        };
        fields(path, "a speaker", (name, fp) -> {
            switch (name) {
                case "name" -> f.name = text(fp);
                case "links" -> f.links = list(fp, this::link);
                case "bio" -> f.bio = nullableText(fp);
                case "image" -> f.image = nullable(() -> uri(fp));
                default -> {
                    return false;
                }
            }
            return true;
        });
        require(f.name, path, "name", at);
        return build(path, at, () -> new Speaker(f.name, f.links, Optional.ofNullable(f.bio),
                Optional.ofNullable(f.image)));
    }

    private Organizer organizer(String path) {
        TokenStreamLocation at = p.currentTokenLocation();
        var f = new Object() {
            String name;
            URI url;
            List<Link> links = List.of();
        };
        fields(path, "an organizer", (name, fp) -> {
            switch (name) {
                case "name" -> f.name = text(fp);
                case "url" -> f.url = nullable(() -> uri(fp));
                case "links" -> f.links = list(fp, this::link);
                default -> {
                    return false;
                }
            }
            return true;
        });
        require(f.name, path, "name", at);
        return build(path, at, () -> new Organizer(f.name, Optional.ofNullable(f.url), f.links));
    }

    private Provenance provenance(String path) {
        TokenStreamLocation at = p.currentTokenLocation();
        var f = new Object() {
            Provenance.Origin origin;
            Integer line;
            String detail;
        };
        fields(path, "a provenance", (name, fp) -> {
            switch (name) {
                case "origin" -> f.origin = constant(fp, Provenance.Origin.class);
                case "line" -> f.line = nullable(() -> integer(fp));
                case "detail" -> f.detail = nullableText(fp);
                default -> {
                    return false;
                }
            }
            return true;
        });
        require(f.origin, path, "origin", at);
        return build(path, at, () -> new Provenance(f.origin,
                f.line == null ? OptionalInt.empty() : OptionalInt.of(f.line), Optional.ofNullable(f.detail)));
    }

    // ---- front matter: any JSON value; numbers kept as text until their types are known

    private Map<String, Object> rawMap(String path) {
        expectObject(path, "an object");
        Map<String, Object> map = new LinkedHashMap<>();
        while (next() == JsonToken.PROPERTY_NAME) {
            String key = p.currentName();
            next();
            map.put(key, raw(at(path, key)));
        }
        return map;
    }

    private Object raw(String path) {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT:
                return rawMap(path);
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (next() != JsonToken.END_ARRAY) {
                    list.add(raw(path + "[" + list.size() + "]"));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getString();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new FrontMatterNumbers.Text(p.getString(), token == JsonToken.VALUE_NUMBER_INT,
                        p.currentTokenLocation());
            case VALUE_NULL:
                // The model has no null leaf; front-matter readers turn YAML's ~ into "" too.
                return "";
            default:
                throw fail(path, "unexpected " + describe(token));
        }
    }

    // ---- scalars

    @FunctionalInterface
    private interface FieldReader {
        /** Reads the value of field {@code name} (at {@code path}); false when the field is unknown. */
        boolean read(String name, String path);
    }

    private void fields(String path, String what, FieldReader reader) {
        expectObject(path, what);
        while (next() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            next();
            if (!reader.read(name, at(path, name))) {
                p.skipChildren(); // unknown fields are left for newer readers
            }
        }
    }

    private void expectObject(String path, String what) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw fail(path, "expected " + what + " (a JSON object), found " + describe(p.currentToken()));
        }
    }

    private <T> List<T> list(String path, Function<String, T> element) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (token != JsonToken.START_ARRAY) {
            throw fail(path, "expected an array, found " + describe(token));
        }
        List<T> list = new ArrayList<>();
        while (next() != JsonToken.END_ARRAY) {
            list.add(element.apply(path + "[" + list.size() + "]"));
        }
        return list;
    }

    /** {@code null} for a JSON null, else what {@code read} reads. */
    private <T> T nullable(Supplier<T> read) {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : read.get();
    }

    private static <T> T orElse(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    private String text(String path) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw fail(path, "expected a string, found " + describe(p.currentToken()));
        }
        return p.getString();
    }

    private String nullableText(String path) {
        return nullable(() -> text(path));
    }

    private boolean bool(String path) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE || token == JsonToken.VALUE_NULL) {
            return token == JsonToken.VALUE_TRUE;
        }
        throw fail(path, "expected true or false, found " + describe(token));
    }

    private int integer(String path) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw fail(path, "expected a whole number, found " + describe(p.currentToken()));
        }
        try {
            return Integer.parseInt(p.getString());
        } catch (NumberFormatException e) {
            throw fail(path, "number " + p.getString() + " is out of range");
        }
    }

    private double decimal(String path) {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw fail(path, "expected a number, found " + describe(token));
        }
        return Double.parseDouble(p.getString());
    }

    private URI uri(String path) {
        String text = text(path);
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw fail(path, "not a URI: " + e.getReason() + " at index " + e.getIndex());
        }
    }

    private ZonedDateTime dateTime(String path) {
        String text = text(path);
        try {
            return Times.parse(text);
        } catch (DateTimeException e) {
            throw fail(path, "expected an ISO-8601 date-time with offset and optional [zone] such as "
                    + "2024-06-20T18:30:00+02:00[Europe/Berlin], found \"" + text + "\"");
        }
    }

    private LocalDate date(String path) {
        String text = text(path);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw fail(path, "expected an ISO-8601 date such as 2024-06-20, found \"" + text + "\"");
        }
    }

    private Duration duration(String path) {
        String text = text(path);
        try {
            return Duration.parse(text);
        } catch (DateTimeException e) {
            throw fail(path, "expected an ISO-8601 duration such as PT1H30M, found \"" + text + "\"");
        }
    }

    private <E extends Enum<E>> E constant(String path, Class<E> type) {
        return constant(path, text(path), type);
    }

    /** The constant named {@code value} in any case ({@code moved_online}, {@code MOVED_ONLINE}). */
    private <E extends Enum<E>> E constant(String path, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value) && constant.name().length() == value.length()) {
                return constant;
            }
        }
        throw fail(path, "unknown value \"" + value + "\" (expected one of "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(PostWriter::name).toList()) + ")");
    }

    // ---- errors

    private void require(Object value, String path, String field, TokenStreamLocation at) {
        if (value == null) {
            throw fail(at, "missing required field " + at(path, field), null);
        }
    }

    /** Builds a model object, reporting a broken model rule at the object's start. */
    private <T> T build(String path, TokenStreamLocation at, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw fail(at, (path.isEmpty() ? "" : path + ": ") + e.getMessage(), e);
        }
    }

    private PostJsonException fail(String path, String message) {
        return fail(p.currentTokenLocation(), (path.isEmpty() ? "" : path + ": ") + message, null);
    }

    static PostJsonException fail(TokenStreamLocation at, String message, Throwable cause) {
        return new PostJsonException(message, at.getLineNr(), at.getColumnNr(), cause);
    }

    private static String at(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "end of input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString().toLowerCase(Locale.ROOT);
        };
    }
}
