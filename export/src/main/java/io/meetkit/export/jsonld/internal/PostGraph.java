package io.meetkit.export.jsonld.internal;

import io.meetkit.core.AttendanceMode;
import io.meetkit.core.Author;
import io.meetkit.core.Diagnostic;
import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventStatus;
import io.meetkit.core.EventTime;
import io.meetkit.core.Link;
import io.meetkit.core.LinkKind;
import io.meetkit.core.Organizer;
import io.meetkit.core.Post;
import io.meetkit.core.Provenance;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.Venue;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps posts to one schema.org JSON-LD document: a {@code BlogPosting} and an {@code Event} per post (the event
 * only when search engines accept it, unless {@link Settings#allEvents()}; otherwise the posting {@code mentions} the
 * speakers) and one {@code Person} node per distinct person, referenced by {@code @id}. One instance builds one
 * document. Not API.
 */
public final class PostGraph {
    static final String SCHEMA = "https://schema.org/";

    /**
     * What to write and how to name it.
     *
     * @param allEvents whether to write events that search engines would reject (no start date, or no location
     *                  that is a {@code Place} with an address or a {@code VirtualLocation}); without it they are
     *                  left out with a warning
     */
    public record Settings(boolean blogPosting, boolean event, boolean allEvents, Optional<URI> baseUrl,
                           Optional<Organizer> organizer, Additions additions) {

        /** Settings without any of the {@link Additions}. */
        public Settings(boolean blogPosting, boolean event, boolean allEvents, Optional<URI> baseUrl,
                        Optional<Organizer> organizer) {
            this(blogPosting, event, allEvents, baseUrl, organizer, Additions.NONE);
        }
    }

    /**
     * What the writer adds when asked (issue #13).
     *
     * @param publisher     the organization named as every {@code BlogPosting}'s {@code publisher}
     * @param publisherLogo its logo, absolute or relative to the base URL
     * @param inLanguage    the site's language tag, for posts that do not state their own
     * @param freeEvents    whether the site declares its events free: each event gets a zero-price {@code Offer}
     */
    public record Additions(Optional<Organizer> publisher, Optional<URI> publisherLogo, Optional<String> inLanguage,
                            boolean freeEvents) {
        /** Nothing added. */
        public static final Additions NONE = new Additions(Optional.empty(), Optional.empty(), Optional.empty(),
                false);
    }

    /**
     * A built document.
     *
     * @param document    the JSON-LD document
     * @param diagnostics what was left out of it and why
     * @param eligibility the events' fit with the search engines' Event requirements
     * @param events      how many {@code Event} nodes of meetups it holds (talks not counted)
     */
    public record Result(LdObject document, List<Diagnostic> diagnostics, List<Diagnostic> eligibility, int events) {
    }

    private final Settings settings;
    // A set: a person named by several talks is resolved once per talk, but a bad link is one problem.
    private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
    private final List<Diagnostic> eligibility = new ArrayList<>();
    private final Map<String, Person> people = new LinkedHashMap<>();
    // Person ids in use, so a new person's id is checked in constant time rather than against every person so far.
    private final Set<String> personIds = new HashSet<>();
    private final Set<String> usedIds = new HashSet<>();
    // Streaming: the people first named by the post being added, written right after its nodes.
    private final List<Person> fresh = new ArrayList<>();
    private int events;

    // Streaming writes never report eligibility; gathering it anyway held several warnings per event to the end.
    private final boolean checkEligibility;

    private PostGraph(Settings settings, boolean checkEligibility) {
        this.settings = settings;
        this.checkEligibility = checkEligibility;
    }

    /**
     * The document for {@code posts}, in their order: the nodes {@link #streaming} gives for the same posts, so that
     * a document built whole and one written as it is read are the same.
     */
    public static Result build(List<Post> posts, Settings settings) {
        PostGraph graph = new PostGraph(settings, true);
        List<Object> nodes = new ArrayList<>();
        for (Post post : posts) {
            nodes.addAll(graph.next(post));
        }
        LdObject document = new LdObject().put("@context", "https://schema.org").put("@graph", nodes);
        return new Result(document, List.copyOf(graph.diagnostics), List.copyOf(graph.eligibility), graph.events);
    }

    /**
     * A graph that takes posts one at a time, for documents too large to hold: {@link #next(Post)} gives a post's
     * nodes followed by the {@code Person} nodes it is the first to name. A person is written once, with what the
     * first post naming them says (its talks and authors together); later posts refer to the same {@code @id}.
     * Memory grows with the number of distinct people (their ids), not with the posts or what they say about people:
     * merging what every post says would have to hold every person's links to the end, which a site of 100,000
     * generated posts does not leave room for in a 128 MB heap.
     */
    public static PostGraph streaming(Settings settings) {
        return new PostGraph(settings, false);
    }

    /** The nodes of {@code post} and of the people first named by it, in document order. */
    public List<Object> next(Post post) {
        List<Object> nodes = new ArrayList<>();
        addPost(post, nodes);
        for (Person person : fresh) {
            nodes.add(person.node());
            person.written(); // what later posts say about them could not be written any more
        }
        fresh.clear();
        return nodes;
    }

    /** How many {@code Event} nodes of meetups the posts so far gave (talks not counted). */
    public int events() {
        return events;
    }

    /** The problems met so far, each once. */
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    private void addPost(Post post, List<Object> nodes) {
        Optional<String> postUrl = post.url().flatMap(u -> iri(post, u, "url", 1));
        // Node ids add their own fragment to the page's URL, so one the URL already has must go.
        String idBase = postUrl.map(u -> u.indexOf('#') < 0 ? u : u.substring(0, u.indexOf('#')))
                .orElseGet(() -> blankBase(post));
        Optional<LdObject> written = Optional.empty();
        if (post.event().isPresent()) {
            Event model = post.event().get();
            // Built even when it is not written: its people are still described, with the same ids.
            LdObject event = event(post, model, postUrl, idBase);
            if (checkEligibility) {
                eligibility.addAll(Eligibility.of(post, model, event));
            }
            Optional<Diagnostic> leftOut = Eligibility.leftOut(post, model, event);
            if (settings.event() && leftOut.isPresent() && !settings.allEvents()) {
                diagnostics.add(leftOut.get());
            } else if (settings.event()) {
                written = Optional.of(event);
            }
        }
        if (settings.blogPosting()) {
            LdObject blog = blogPosting(post, postUrl, idBase, written);
            if (written.isEmpty()) {
                blog.put("mentions", mentions(post));
            }
            nodes.add(blog);
        }
        written.ifPresent(nodes::add);
        events += written.isPresent() ? 1 : 0;
    }

    /** The talks' speakers, as the people the post is about when its event is not written. */
    private List<Object> mentions(Post post) {
        List<Object> refs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Speaker speaker : post.event().map(Event::speakers).orElse(List.of())) {
            String id = people.get(speaker.identity()).id;
            if (ids.add(id)) {
                refs.add(LdObject.reference(id));
            }
        }
        return refs;
    }

    private String blankBase(Post post) {
        String base = "_:" + Slugs.of(post.slug());
        String candidate = base;
        for (int n = 2; !usedIds.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static String id(String idBase, String fragment) {
        return idBase.startsWith("_:") ? idBase + "-" + fragment : idBase + "#" + fragment;
    }

    private LdObject blogPosting(Post post, Optional<String> postUrl, String idBase, Optional<LdObject> event) {
        LdObject node = LdObject.ofType("BlogPosting")
                .put("@id", id(idBase, "blogposting"))
                .put("headline", PlainText.collapse(post.title()))
                .put("description", post.description().or(post::excerpt).map(PlainText::of))
                .put("datePublished", post.date().map(Dates::dateTime))
                .put("dateModified", post.lastModified().map(Dates::dateTime));
        List<Object> authors = new ArrayList<>();
        for (Author author : post.authors()) {
            Speaker asPerson = new Speaker(author.name(), author.links(), Optional.empty(), author.image());
            authors.add(LdObject.reference(person(post, asPerson, 1)));
        }
        node.put("author", authors)
                .put("image", post.image().flatMap(u -> iri(post, u, "image", 1)))
                .put("url", postUrl)
                .put("mainEntityOfPage", postUrl.map(u -> LdObject.ofType("WebPage").put("@id", u)))
                .put("keywords", keywords(post))
                .put("about", event.flatMap(e -> e.get("@id")).map(id -> LdObject.reference((String) id)));
        Additions additions = settings.additions();
        additions.publisher().ifPresent(p -> node.put("publisher", organization(post, p, 1)
                .put("logo", additions.publisherLogo().flatMap(u -> iri(post, u, "publisher.logo", 1))
                        .map(u -> LdObject.ofType("ImageObject").put("url", u)))));
        if (additions.inLanguage().isPresent()) {
            node.put("inLanguage", language(post).or(additions::inLanguage));
        }
        return node;
    }

    /**
     * The language the post states for itself ({@code lang} or {@code language} in its front matter) as a BCP 47
     * tag; one that is not a well-formed tag is left out with a warning.
     */
    private Optional<String> language(Post post) {
        for (String key : List.of("lang", "language")) {
            if (post.frontMatter().get(key) instanceof String value && !value.isBlank()) {
                Optional<String> tag = languageTag(value);
                if (tag.isEmpty()) {
                    diagnostics.add(Diagnostic.warning(post.source(), 1, 1, "JSON-LD leaves out inLanguage '"
                            + value.strip() + "': not a language tag like en or pt-BR").withKey(key));
                }
                return tag;
            }
        }
        return Optional.empty();
    }

    /** {@code text} as a well-formed BCP 47 tag in its usual case ({@code en_us} is {@code en-US}), if it is one. */
    public static Optional<String> languageTag(String text) {
        try {
            String tag = new Locale.Builder().setLanguageTag(text.strip().replace('_', '-')).build().toLanguageTag();
            return tag.equals("und") ? Optional.empty() : Optional.of(tag);
        } catch (java.util.IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /**
     * A free event's zero-price offer: {@code isAccessibleForFree} and an {@code Offer} with price 0, its
     * availability and the page to register on; a cancelled event offers nothing.
     */
    private void freeOffer(LdObject event, EventStatus status) {
        if (status == EventStatus.CANCELLED) {
            return;
        }
        event.put("isAccessibleForFree", true)
                .put("offers", LdObject.ofType("Offer").put("price", 0)
                        .put("availability", SCHEMA + "InStock")
                        .put("url", event.get("url").orElse(null)));
    }

    private static List<Object> keywords(Post post) {
        Map<String, String> byFolded = new LinkedHashMap<>();
        for (List<String> words : List.of(post.categories(), post.tags())) {
            for (String word : words) {
                String w = PlainText.collapse(word);
                if (!w.isEmpty()) {
                    byFolded.putIfAbsent(w.toLowerCase(Locale.ROOT), w);
                }
            }
        }
        return List.copyOf(byFolded.values());
    }

    private LdObject event(Post post, Event event, Optional<String> postUrl, String idBase) {
        String eventId = id(idBase, "event");
        Object location = location(post, event, idBase);
        String status = SCHEMA + statusName(event.status());
        String mode = SCHEMA + modeName(event.attendanceMode());
        LdObject node = LdObject.ofType("Event")
                .put("@id", eventId)
                .put("name", PlainText.collapse(event.name()));
        event.time().ifPresent(t -> node.put("startDate", Dates.start(t)).put("endDate", Dates.end(t)));
        if (event.status() == EventStatus.RESCHEDULED) {
            node.put("previousStartDate", event.previousTime().map(Dates::start));
        }
        node.put("eventStatus", status)
                .put("eventAttendanceMode", mode)
                .put("location", location)
                .put("description", event.description().or(post::description).map(PlainText::of))
                .put("image", post.image().flatMap(u -> iri(post, u, "image", 1)))
                .put("url", event.url().flatMap(u -> iri(post, u, "event.url", lineOf(event, EventFact.URL)))
                        .or(() -> postUrl))
                .put("organizer", event.organizer().or(settings::organizer)
                        .map(o -> organization(post, o, lineOf(event, EventFact.ORGANIZER))));
        if (settings.additions().freeEvents()) {
            freeOffer(node, event.status());
        }
        List<Object> performers = new ArrayList<>();
        for (Speaker speaker : event.speakers()) {
            performers.add(LdObject.reference(person(post, speaker, lineOf(event, EventFact.TALKS))));
        }
        node.put("performer", performers);
        List<Object> subEvents = new ArrayList<>();
        Set<String> talkSlugs = new HashSet<>();
        for (Talk talk : event.talks()) {
            subEvents.add(talk(post, event, talk, idBase, talkSlugs, status, mode, references(location)));
        }
        node.put("subEvent", subEvents);
        return node;
    }

    private LdObject talk(Post post, Event event, Talk talk, String idBase, Set<String> slugs, String status,
                          String mode, Object location) {
        String slug = Slugs.of(talk.displayTitle());
        String unique = slug;
        for (int n = 2; !slugs.add(unique); n++) {
            unique = slug + "-" + n;
        }
        int line = talk.provenance().line().orElse(lineOf(event, EventFact.TALKS));
        LdObject node = LdObject.ofType("Event")
                .put("@id", id(idBase, "talk-" + unique))
                .put("name", PlainText.collapse(talk.displayTitle()))
                .put("description", talk.description().map(PlainText::of));
        if (talk.start().isPresent()) {
            node.put("startDate", Dates.dateTime(talk.start().get())).put("endDate", talk.end().map(Dates::dateTime));
        } else {
            node.put("startDate", event.time().map(Dates::start));
        }
        node.put("eventStatus", status).put("eventAttendanceMode", mode).put("location", location);
        List<Object> performers = new ArrayList<>();
        for (Speaker speaker : talk.speakers()) {
            performers.add(LdObject.reference(person(post, speaker, line)));
        }
        node.put("performer", performers);
        List<Object> slides = new ArrayList<>();
        List<Object> recordings = new ArrayList<>();
        List<Object> other = new ArrayList<>();
        for (Link link : talk.links()) {
            Optional<String> url = iri(post, link.url(), "talk.links", line);
            if (url.isEmpty()) {
                continue;
            }
            if (link.kind() == LinkKind.SLIDES) {
                slides.add(work("PresentationDigitalDocument", url.get(), link));
            } else if (link.kind() == LinkKind.VIDEO || link.kind() == LinkKind.YOUTUBE) {
                // CreativeWork, not VideoObject: a VideoObject without thumbnail and upload date, which a post
                // does not give, is reported as broken by search engines' video checks.
                recordings.add(work("CreativeWork", url.get(), link));
            } else {
                other.add(work("CreativeWork", url.get(), link));
            }
        }
        return node.put("workFeatured", slides).put("recordedIn", recordings).put("subjectOf", other);
    }

    private static LdObject work(String type, String url, Link link) {
        return LdObject.ofType(type).put("url", url).put("name", link.label().map(PlainText::collapse));
    }

    /** The talks share the meetup's location: they point at its nodes instead of repeating them. */
    private static Object references(Object location) {
        if (location instanceof LdObject node) {
            return LdObject.reference((String) node.get("@id").orElseThrow());
        }
        if (location instanceof List<?> list) {
            return list.stream().map(PostGraph::references).toList();
        }
        return null;
    }

    private Object location(Post post, Event event, String idBase) {
        List<Object> places = new ArrayList<>();
        if (event.venue().isPresent() && event.attendanceMode() != AttendanceMode.ONLINE) {
            places.add(place(post, event.venue().get(), lineOf(event, EventFact.VENUE), id(idBase, "place")));
        }
        boolean online = event.attendanceMode() != AttendanceMode.OFFLINE
                || event.status() == EventStatus.MOVED_ONLINE;
        if (online) {
            event.onlineUrl()
                    .flatMap(u -> iri(post, u, "event.online", lineOf(event, EventFact.ONLINE_URL)))
                    .ifPresent(u -> places.add(LdObject.ofType("VirtualLocation").put("@id", id(idBase, "online"))
                            .put("url", u)));
        }
        if (places.isEmpty()) {
            return null;
        }
        return places.size() == 1 ? places.get(0) : places;
    }

    private LdObject place(Post post, Venue venue, int line, String id) {
        LdObject address = LdObject.ofType("PostalAddress")
                .put("streetAddress", venue.streetAddress().map(PlainText::collapse))
                .put("addressLocality", venue.locality().map(PlainText::collapse))
                .put("addressRegion", venue.region().map(PlainText::collapse))
                .put("postalCode", venue.postalCode().map(PlainText::collapse))
                .put("addressCountry", venue.country().map(PlainText::collapse));
        LdObject geo = venue.geo().map(g -> LdObject.ofType("GeoCoordinates")
                .put("latitude", g.latitude()).put("longitude", g.longitude())).orElse(null);
        return LdObject.ofType("Place")
                .put("@id", id)
                .put("name", PlainText.collapse(venue.name().orElseGet(venue::displayText)))
                .put("address", address)
                .put("geo", geo)
                .put("url", venue.url().flatMap(u -> iri(post, u, "event.venue.url", line)));
    }

    private LdObject organization(Post post, Organizer organizer, int line) {
        List<Object> sameAs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Link link : organizer.links()) {
            if (link.kind() != LinkKind.EMAIL && seen.add(link.identity())) {
                iri(post, link.url(), "organizer.links", line).ifPresent(sameAs::add);
            }
        }
        return LdObject.ofType("Organization")
                .put("name", PlainText.collapse(organizer.name()))
                .put("url", organizer.url().flatMap(u -> iri(post, u, "organizer.url", line)))
                .put("sameAs", sameAs);
    }

    /** The id of the node for {@code speaker}, created on first sight and merged with later sightings. */
    private String person(Post post, Speaker speaker, int line) {
        Person person = people.get(speaker.identity());
        if (person == null) {
            String slug = Slugs.of(speaker.name());
            String id = personId(slug);
            for (int n = 2; personIds.contains(id); n++) {
                id = personId(slug + "-" + n);
            }
            personIds.add(id);
            person = new Person(id, PlainText.collapse(speaker.name()));
            people.put(speaker.identity(), person);
            fresh.add(person);
        }
        person.merge(this, post, speaker, line);
        return person.id;
    }

    private String personId(String slug) {
        return settings.baseUrl()
                .map(b -> Iris.withoutTrailingSlash(b.toString()) + "/#person-" + slug)
                .orElse("_:person-" + slug);
    }

    /** {@code uri} as an absolute IRI, or empty with a warning saying why it was left out. */
    Optional<String> iri(Post post, URI uri, String key, int line) {
        Optional<String> resolved = Iris.resolve(uri, settings.baseUrl());
        if (resolved.isEmpty()) {
            String why = uri.getScheme() == null && !uri.toString().startsWith("//")
                    ? "a relative URL and no base URL is set"
                    : "not an http(s) URL";
            diagnostics.add(Diagnostic.warning(post.source(), line, 1,
                    "JSON-LD leaves out " + key + " <" + uri + ">: " + why).withKey(key));
        }
        return resolved;
    }

    static int lineOf(Event event, EventFact fact) {
        return event.provenanceOf(fact).map(Provenance::line).filter(l -> l.isPresent()).map(l -> l.getAsInt())
                .orElse(1);
    }

    static String statusName(EventStatus status) {
        return switch (status) {
            case SCHEDULED -> "EventScheduled";
            case CANCELLED -> "EventCancelled";
            case POSTPONED -> "EventPostponed";
            case RESCHEDULED -> "EventRescheduled";
            case MOVED_ONLINE -> "EventMovedOnline";
        };
    }

    static String modeName(AttendanceMode mode) {
        return switch (mode) {
            case OFFLINE -> "OfflineEventAttendanceMode";
            case ONLINE -> "OnlineEventAttendanceMode";
            case MIXED -> "MixedEventAttendanceMode";
        };
    }

    /** One person, however many talks and posts name them. */
    private static final class Person {
        private final String id;
        private final String name;
        private Map<String, String> sameAs = new LinkedHashMap<>();
        private Set<String> websites = new LinkedHashSet<>();
        private String description;
        private String image;
        private boolean written;

        Person(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /** Streaming: the node is out; keep only the id and name, and take no more sightings. */
        void written() {
            written = true;
            sameAs = Map.of();
            websites = Set.of();
            description = null;
            image = null;
        }

        void merge(PostGraph graph, Post post, Speaker speaker, int line) {
            if (written) {
                return;
            }
            for (Link link : speaker.links()) {
                if (link.kind() == LinkKind.EMAIL || sameAs.containsKey(link.identity())) {
                    continue; // an address is not a profile, and publishing it is the author's call
                }
                Optional<String> url = graph.iri(post, profileUrl(link), "speaker.links", line);
                if (url.isPresent()) {
                    if (link.kind() == LinkKind.WEBSITE && websites.isEmpty()) {
                        websites.add(url.get());
                    }
                    sameAs.put(link.identity(), url.get());
                }
            }
            if (description == null) {
                description = speaker.bio().map(PlainText::of).orElse(null);
            }
            if (image == null) {
                image = speaker.image().flatMap(u -> graph.iri(post, u, "speaker.image", line)).orElse(null);
            }
        }

        /** Social profiles all serve https, and an http profile URL as sameAs would not match the https one. */
        private static URI profileUrl(Link link) {
            URI url = link.url();
            if (link.kind().isProfile() && "http".equalsIgnoreCase(url.getScheme())) {
                return URI.create("https" + url.toString().substring("http".length()));
            }
            return url;
        }

        LdObject node() {
            String website = websites.isEmpty() ? null : websites.iterator().next();
            List<Object> profiles = new ArrayList<>();
            for (String url : sameAs.values()) {
                if (!url.equals(website)) {
                    profiles.add(url);
                }
            }
            return LdObject.ofType("Person")
                    .put("@id", id)
                    .put("name", name)
                    .put("url", website)
                    .put("sameAs", profiles)
                    .put("description", description)
                    .put("image", image);
        }
    }
}
