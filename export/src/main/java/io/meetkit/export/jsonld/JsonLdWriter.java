package io.meetkit.export.jsonld;

import static java.util.Objects.requireNonNull;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Organizer;
import io.meetkit.core.Post;
import io.meetkit.core.Site;
import io.meetkit.export.WriteResult;
import io.meetkit.export.jsonld.internal.Iris;
import io.meetkit.export.jsonld.internal.JsonEmitter;
import io.meetkit.export.jsonld.internal.PostGraph;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes posts as schema.org JSON-LD: a document with {@code "@context": "https://schema.org"} and an
 * {@code @graph} holding, per post, a {@code BlogPosting} and an {@code Event} (its talks as {@code subEvent}), and
 * one {@code Person} node per speaker or author, referenced by {@code @id} from every talk and post that names them.
 * By default an {@code Event} is written only when search engines accept it (a start date, and a {@code Place} with
 * an address or a {@code VirtualLocation}); otherwise the {@code BlogPosting} {@code mentions} the speakers instead
 * (see {@link Builder#allEvents(boolean)}).
 *
 * <p>Absent data is left out: the output has no {@code null}, {@code ""}, {@code []} or {@code {}}. URLs are written
 * only as absolute http(s) IRIs, resolved against the {@linkplain Builder#baseUrl(URI) base URL}; anything else is left
 * out and reported as a warning {@link Diagnostic}. Descriptions are written as plain text (Markdown and HTML
 * stripped, entities decoded); names and titles are written as they are, white space collapsed. The same input always
 * gives byte-identical output.
 *
 * <p>A writer is built once, is immutable and is safe to share between threads.
 *
 * <pre>{@code
 * JsonLdWriter jsonLd = JsonLdWriter.builder().baseUrl(URI.create("https://pune.example.org/")).build();
 * jsonLd.write(post, writer);
 * String html = jsonLd.toScriptElement(post);
 * }</pre>
 */
public final class JsonLdWriter {
    private final boolean pretty;
    private final boolean blogPosting;
    private final boolean event;
    private final boolean allEvents;
    private final Optional<URI> baseUrl;
    private final Optional<Organizer> organizer;
    private final PostGraph.Additions additions;
    private final JsonEmitter plain;
    private final JsonEmitter htmlSafe;

    private JsonLdWriter(Builder builder) {
        this.pretty = builder.pretty;
        this.blogPosting = builder.blogPosting;
        this.event = builder.event;
        this.allEvents = builder.allEvents;
        this.baseUrl = Optional.ofNullable(builder.baseUrl);
        this.organizer = Optional.ofNullable(builder.organizer);
        this.additions = new PostGraph.Additions(Optional.ofNullable(builder.publisher),
                Optional.ofNullable(builder.publisherLogo), Optional.ofNullable(builder.inLanguage),
                builder.freeEvents);
        this.plain = new JsonEmitter(pretty, false);
        this.htmlSafe = new JsonEmitter(pretty, true);
    }

    /**
     * A writer with default settings: pretty, both the {@code BlogPosting} and the {@code Event}, no base URL.
     *
     * @return a new writer
     */
    public static JsonLdWriter create() {
        return builder().build();
    }

    /**
     * A builder with the default settings of {@link #create()}.
     *
     * @return a builder with the settings of {@link #create()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this writer's settings, to make a changed copy.
     *
     * @return a new builder; this writer is not changed
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.pretty = pretty;
        b.blogPosting = blogPosting;
        b.event = event;
        b.allEvents = allEvents;
        b.baseUrl = baseUrl.orElse(null);
        b.organizer = organizer.orElse(null);
        b.publisher = additions.publisher().orElse(null);
        b.publisherLogo = additions.publisherLogo().orElse(null);
        b.inLanguage = additions.inLanguage().orElse(null);
        b.freeEvents = additions.freeEvents();
        return b;
    }

    /**
     * Writes {@code post} as one JSON-LD document to {@code out}, which is flushed, not closed.
     *
     * @param post the post
     * @param out  where to write
     * @return one post given, its {@code Event} node if written, and what was left out and why (e.g. a
     *         {@code javascript:} link, an event search engines reject) as warnings; no diagnostics when nothing was
     * @throws IOException when {@code out} fails
     */
    public WriteResult write(Post post, Writer out) throws IOException {
        return emit(List.of(requireNonNull(post, "post")), out, plain);
    }

    /**
     * Writes {@code posts} as one JSON-LD document to {@code out} as they are iterated, holding one post at a time, so
     * a site of any size is written in bounded memory; {@code out} is flushed, not closed. A person named by several
     * posts is one {@code Person} node, written right after the first post that names them and holding what that
     * post says; later posts refer to it by {@code @id}. The document is byte for byte {@link #toJson(Iterable)}'s
     * for the same posts.
     *
     * @param posts the posts, iterated once
     * @param out   where to write
     * @return the number of posts given and of {@code Event} nodes written, and what was left out and why, as warnings
     * @throws IOException when {@code out} fails
     */
    public WriteResult writeAll(Iterable<? extends Post> posts, Writer out) throws IOException {
        requireNonNull(posts, "posts");
        requireNonNull(out, "out");
        PostGraph graph = PostGraph.streaming(settings(event));
        int given = 0;
        try (JsonEmitter.GraphWriter document = plain.openGraph("https://schema.org", out)) {
            for (Post post : posts) {
                requireNonNull(post, "posts element");
                given++;
                for (Object node : graph.next(post)) {
                    document.node(node);
                }
            }
        } catch (JacksonIOException e) {
            throw writerFailure(e);
        }
        return new WriteResult(given, graph.events(), graph.diagnostics());
    }

    /**
     * {@code post} as a JSON-LD document; see {@link #write(Post, Writer)}.
     *
     * @param post the post
     * @return the document; what {@link #write(Post, Writer)} would report is not returned
     */
    public String toJson(Post post) {
        return toJson(List.of(requireNonNull(post, "post")));
    }

    /**
     * {@code posts} as one JSON-LD document, built whole in memory; see {@link #writeAll(Iterable, Writer)}.
     *
     * @param posts the posts
     * @return the document; what {@link #writeAll(Iterable, Writer)} would report is not returned
     */
    public String toJson(Iterable<? extends Post> posts) {
        StringWriter out = new StringWriter();
        try {
            emit(posts, out, plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes {@code post} as a {@code <script type="application/ld+json">} element for an HTML page, followed by a
     * line end. Inside the JSON, {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are written as {@code \u003c},
     * {@code \u003e}, {@code \u0026}, {@code \u2028} and {@code \u2029}, so no text of the post can end the element
     * or open a comment, and a JSON parser reads the original text back.
     *
     * @param post the post
     * @param out  where to write
     * @return as {@link #write(Post, Writer)}
     * @throws IOException when {@code out} fails
     */
    public WriteResult writeScriptElement(Post post, Writer out) throws IOException {
        requireNonNull(post, "post");
        requireNonNull(out, "out");
        out.write("<script type=\"application/ld+json\">\n");
        WriteResult result = emit(List.of(post), out, htmlSafe);
        out.write("\n</script>\n");
        out.flush();
        return result;
    }

    /**
     * {@code post} as a script element; see {@link #writeScriptElement(Post, Writer)}.
     *
     * @param post the post
     * @return the element, ending with a line end
     */
    public String toScriptElement(Post post) {
        StringWriter out = new StringWriter();
        try {
            writeScriptElement(post, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Checks {@code post}'s event against the search engines' published Event requirements, whether or not this
     * writer writes the {@code Event}: a missing {@code startDate} or a {@code location} without an address is an
     * error (no event rich result); a missing {@code description}, {@code endDate}, {@code image},
     * {@code organizer} or {@code performer} is a warning; an online-only event is a warning saying it is not
     * eligible. The list also holds the warnings {@link #write(Post, Writer)} returns, among them the one saying that
     * the event is left out and why, unless this writer writes {@linkplain Builder#allEvents(boolean) every event}.
     * Never throws for content.
     *
     * @param post the post to check
     * @return errors and warnings about the post's event as search engines see it; empty for a post without event
     *         problems
     */
    public List<Diagnostic> check(Post post) {
        requireNonNull(post, "post");
        PostGraph.Result result = PostGraph.build(List.of(post), settings(true));
        List<Diagnostic> all = new ArrayList<>(result.eligibility());
        all.addAll(result.diagnostics());
        return List.copyOf(all);
    }

    private WriteResult emit(Iterable<? extends Post> posts, Writer out, JsonEmitter emitter) throws IOException {
        requireNonNull(posts, "posts");
        requireNonNull(out, "out");
        List<Post> all = new ArrayList<>();
        posts.forEach(p -> all.add(requireNonNull(p, "posts element")));
        PostGraph.Result result = PostGraph.build(all, settings(event));
        try {
            emitter.write(result.document(), out);
        } catch (JacksonIOException e) {
            throw writerFailure(e);
        }
        return new WriteResult(all.size(), result.events(), result.diagnostics());
    }

    private PostGraph.Settings settings(boolean withEvent) {
        return new PostGraph.Settings(blogPosting, withEvent, allEvents, baseUrl, organizer, additions);
    }

    /** The {@link IOException} of {@code out} that Jackson wrapped. */
    private static IOException writerFailure(JacksonIOException e) {
        IOException cause = e.getCause();
        return cause != null ? cause : new IOException(e.getMessage(), e);
    }

    /** Builds a {@link JsonLdWriter}; settings are checked by {@link #build()}. */
    public static final class Builder {
        private boolean pretty = true;
        private boolean blogPosting = true;
        private boolean event = true;
        private boolean allEvents;
        private URI baseUrl;
        private Organizer organizer;
        private Organizer publisher;
        private URI publisherLogo;
        private String inLanguage;
        private boolean freeEvents;

        private Builder() {
        }

        /**
         * Indented output with {@code \n} line ends ({@code true}, the default) or one line.
         *
         * @param prettyPrint {@code false} for one line
         * @return the same builder
         */
        public Builder prettyPrint(boolean prettyPrint) {
            this.pretty = prettyPrint;
            return this;
        }

        /**
         * Whether to write a {@code BlogPosting} per post (default {@code true}).
         *
         * @param blogPosting {@code false} to write events only
         * @return the same builder
         */
        public Builder blogPosting(boolean blogPosting) {
            this.blogPosting = blogPosting;
            return this;
        }

        /**
         * Whether to write an {@code Event} per post that has one (default {@code true}); by default only events that
         * search engines accept, see {@link #allEvents(boolean)}. Without events, each post {@code mentions} its
         * talks' speakers.
         *
         * @param event {@code false} to write postings only
         * @return the same builder
         */
        public Builder event(boolean event) {
            this.event = event;
            return this;
        }

        /**
         * Whether to write every event ({@code true}) or only those search engines accept as an {@code Event}
         * ({@code false}, the default): a start date and a {@code location} that is a {@code Place} with an
         * address or a {@code VirtualLocation}. A post whose event is left out still names its talks' speakers, as
         * {@code mentions} of the {@code BlogPosting} pointing at the same {@code Person} nodes, has no
         * {@code about}, and the writer returns a warning saying why. Write every event when the JSON-LD feeds
         * something other than a search engine (a knowledge graph, an archive of past talks).
         *
         * @param allEvents {@code true} to write every event
         * @return the same builder
         */
        public Builder allEvents(boolean allEvents) {
            this.allEvents = allEvents;
            return this;
        }

        /**
         * The site's absolute http(s) base URL (Jekyll's {@code url} joined with {@code baseurl}): relative URLs of
         * posts are resolved against it and person ids are {@code <base>/#person-<slug>}. Without one, relative
         * URLs are left out and ids of nodes without a URL are blank nodes ({@code _:...}).
         *
         * @param baseUrl the site's URL, checked at {@link #build()}
         * @return the same builder
         */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * The organizer of events that name none, typically {@code site.organizer()}.
         *
         * @param organizer the group
         * @return the same builder
         */
        public Builder organizer(Organizer organizer) {
            this.organizer = requireNonNull(organizer, "organizer");
            return this;
        }

        // --- additions of issue #13; none is written unless asked for ---------------------------------------

        /**
         * The organization that publishes the posts, written as every {@code BlogPosting}'s {@code publisher} (an
         * {@code Organization} with {@code name}, {@code url}, {@code sameAs} and, when {@link #publisherLogo} is
         * given, {@code logo}); typically {@code site.organizer()} when the site has a logo.
         *
         * @param publisher the publishing organization
         * @return this builder
         */
        public Builder publisher(Organizer publisher) {
            this.publisher = requireNonNull(publisher, "publisher");
            return this;
        }

        /**
         * The publisher's logo, written as an {@code ImageObject}; a relative URL is resolved against the
         * {@linkplain #baseUrl(URI) base URL} (and left out with a warning without one). Needs {@link #publisher}.
         *
         * @param logo the logo's URL, absolute or relative to the base URL
         * @return this builder
         */
        public Builder publisherLogo(URI logo) {
            this.publisherLogo = requireNonNull(logo, "logo");
            return this;
        }

        /**
         * Writes {@code inLanguage} on every {@code BlogPosting}: the post's own {@code lang} or {@code language}
         * front-matter key when it is a language tag, else {@code siteLanguage} (the site's {@code lang},
         * {@code languageCode} or {@code DEFAULT_LANG}). Tags are written in BCP 47 form ({@code en_us} as
         * {@code en-US}). Events get none: the language a post is written in need not be the one spoken.
         *
         * @param siteLanguage a BCP 47 tag, {@code _} allowed for {@code -}
         * @return this builder
         * @throws IllegalArgumentException if it is not a well-formed language tag
         */
        public Builder inLanguage(String siteLanguage) {
            requireNonNull(siteLanguage, "siteLanguage");
            this.inLanguage = PostGraph.languageTag(siteLanguage).orElseThrow(() -> new IllegalArgumentException(
                    "inLanguage must be a language tag like en or pt-BR, was '" + siteLanguage + "'"));
            return this;
        }

        /**
         * Whether the site declares its events free to attend (the {@code free_events: true} site convention, see
         * {@code Site.freeEvents()}): each written {@code Event} that is not cancelled then gets
         * {@code isAccessibleForFree} and an {@code Offer} with {@code price} 0, {@code availability}
         * {@code InStock} and the event's {@code url}. Off by default, since nothing in a post says what it costs.
         * No {@code priceCurrency} is written: no money is asked for.
         *
         * @param freeEvents whether the site declares its events free
         * @return this builder
         */
        public Builder freeEvents(boolean freeEvents) {
            this.freeEvents = freeEvents;
            return this;
        }

        /**
         * Takes the additions the site's configuration asks for: its group ({@code site.organizer()}) as
         * {@link #publisher} with its {@link #publisherLogo} when the site has a logo; its language as
         * {@link #inLanguage} when it is a well-formed tag (one that is not is ignored); and {@link #freeEvents} as
         * the site declares. Base URL and organizer are set apart, with {@link #baseUrl} and {@link #organizer}.
         *
         * @param site the site, typically {@code SiteScan.site()}
         * @return this builder
         */
        public Builder siteAdditions(Site site) {
            requireNonNull(site, "site");
            if (site.logo().isPresent() && site.organizer().isPresent()) {
                publisher(site.organizer().get()).publisherLogo(site.logo().get());
            }
            site.language().flatMap(PostGraph::languageTag).ifPresent(this::inLanguage);
            return freeEvents(site.freeEvents());
        }

        /**
         * A writer with these settings.
         *
         * @return an immutable, thread-safe writer
         * @throws IllegalStateException if neither the {@code BlogPosting} nor the {@code Event} is to be written,
         *                               the base URL is not an absolute http(s) URL without query or fragment, or a
         *                               publisher logo is given without a publisher
         */
        public JsonLdWriter build() {
            if (publisherLogo != null && publisher == null) {
                throw new IllegalStateException("publisherLogo needs a publisher");
            }
            if (!blogPosting && !event) {
                throw new IllegalStateException("nothing to write: enable blogPosting, event or both");
            }
            if (baseUrl != null && (!Iris.isWeb(baseUrl) || baseUrl.getRawQuery() != null
                    || baseUrl.getRawFragment() != null)) {
                throw new IllegalStateException(
                        "baseUrl must be an absolute http(s) URL without query or fragment, was " + baseUrl);
            }
            return new JsonLdWriter(this);
        }
    }
}
