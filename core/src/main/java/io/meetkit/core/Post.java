package io.meetkit.core;

import static io.meetkit.core.internal.Checks.requireText;
import static java.util.Objects.requireNonNull;

import io.meetkit.core.internal.Checks;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A blog post of a meetup site, with the {@link Event} it announces or reports, if any.
 *
 * @param source       the file path or source name it was read from
 * @param slug         the URL slug (from the file name or a {@code slug:} key)
 * @param title        the title
 * @param date         the publication date and time
 * @param lastModified when it was last changed, when the post says
 * @param authors      who wrote it
 * @param description  a one-line summary
 * @param categories   categories, in the order given
 * @param tags         tags, in the order given
 * @param image        a cover image, absolute or relative to the site
 * @param featured     whether the site features it
 * @param draft        whether it is unpublished ({@code published: false}, {@code draft: true}, {@code _drafts/})
 * @param url          the canonical URL, when the site's base URL is known
 * @param excerpt      the excerpt as Markdown
 * @param body         the Markdown body, without front matter
 * @param frontMatter  every front-matter key as read, known or not: strings, booleans, numbers, lists and maps
 * @param links        every link of the body, in order
 * @param event        the event it is about, if any
 */
public record Post(String source, String slug, String title, Optional<ZonedDateTime> date,
                   Optional<ZonedDateTime> lastModified, List<Author> authors, Optional<String> description,
                   List<String> categories, List<String> tags, Optional<URI> image, boolean featured, boolean draft,
                   Optional<URI> url, Optional<String> excerpt, String body, Map<String, Object> frontMatter,
                   List<Link> links, Optional<Event> event) {

    /**
     * Checks and copies the components: the title is stripped, a blank description or excerpt becomes absent, the
     * lists are copied and the front matter is deep-copied into unmodifiable maps and lists that keep their order.
     *
     * @param source       the file path or source name; not blank
     * @param slug         the URL slug; not blank
     * @param title        the title; not blank, stripped
     * @param date         the publication date and time, or {@link Optional#empty()}
     * @param lastModified the last change, or {@link Optional#empty()}
     * @param authors      who wrote it; copied
     * @param description  a one-line summary; stripped, absent when blank
     * @param categories   categories, in order; copied
     * @param tags         tags, in order; copied
     * @param image        a cover image, or {@link Optional#empty()}
     * @param featured     whether the site features it
     * @param draft        whether it is unpublished
     * @param url          the canonical URL, or {@link Optional#empty()}
     * @param excerpt      the excerpt as Markdown; absent when blank
     * @param body         the Markdown body, without front matter; may be empty
     * @param frontMatter  every front-matter key as read; deep-copied
     * @param links        every link of the body, in order; copied
     * @param event        the event it is about, or {@link Optional#empty()}
     * @throws IllegalArgumentException if {@code source}, {@code slug} or {@code title} is blank, or a front-matter
     *                                  value is not a string, boolean, number, list or map
     */
    public Post {
        requireText(source, "source");
        requireText(slug, "slug");
        title = requireText(title, "title").strip();
        requireNonNull(date, "date");
        requireNonNull(lastModified, "lastModified");
        authors = List.copyOf(requireNonNull(authors, "authors"));
        description = requireNonNull(description, "description").map(String::strip).filter(s -> !s.isEmpty());
        categories = List.copyOf(requireNonNull(categories, "categories"));
        tags = List.copyOf(requireNonNull(tags, "tags"));
        requireNonNull(image, "image");
        requireNonNull(url, "url");
        excerpt = requireNonNull(excerpt, "excerpt").filter(s -> !s.isBlank());
        requireNonNull(body, "body");
        frontMatter = Checks.deepCopyMap(requireNonNull(frontMatter, "frontMatter"), "frontMatter");
        links = List.copyOf(requireNonNull(links, "links"));
        requireNonNull(event, "event");
    }

    /**
     * A builder for a post read from {@code source} with {@code title}.
     *
     * @param source the file path or source name; not blank
     * @param title  the title; not blank
     * @return a builder whose slug, unless set, comes from the file name of {@code source}
     */
    public static Builder builder(String source, String title) {
        return new Builder(source, title);
    }

    /**
     * A builder holding every component of this post, for making a changed copy.
     *
     * @return a new builder; changing it does not change this post
     */
    public Builder toBuilder() {
        Builder b = new Builder(source, title);
        b.slug = slug;
        b.date = date.orElse(null);
        b.lastModified = lastModified.orElse(null);
        b.authors.addAll(authors);
        b.description = description.orElse(null);
        b.categories.addAll(categories);
        b.tags.addAll(tags);
        b.image = image.orElse(null);
        b.featured = featured;
        b.draft = draft;
        b.url = url.orElse(null);
        b.excerpt = excerpt.orElse(null);
        b.body = body;
        b.frontMatter.putAll(frontMatter);
        b.links.addAll(links);
        b.event = event.orElse(null);
        return b;
    }

    /**
     * A copy about another event; everything else is kept.
     *
     * @param event the event the post announces or reports
     * @return the changed copy
     */
    public Post withEvent(Event event) {
        return toBuilder().event(requireNonNull(event, "event")).build();
    }

    /**
     * Builds a {@link Post}. The body defaults to the empty string, {@code featured} and {@code draft} to
     * {@code false}, the slug to the file name of the source without folders, extension and a Jekyll
     * {@code YYYY-MM-DD-} prefix, and everything else to absent or empty. Setters reject {@code null} (leave a value
     * unset to keep it absent); the rest is checked by {@link #build()}. A builder is mutable and not thread-safe.
     */
    public static final class Builder {
        private final String source;
        private String title;
        private String slug;
        private ZonedDateTime date;
        private ZonedDateTime lastModified;
        private final List<Author> authors = new ArrayList<>();
        private String description;
        private final List<String> categories = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private URI image;
        private boolean featured;
        private boolean draft;
        private URI url;
        private String excerpt;
        private String body = "";
        private final Map<String, Object> frontMatter = new LinkedHashMap<>();
        private final List<Link> links = new ArrayList<>();
        private Event event;

        private Builder(String source, String title) {
            this.source = requireNonNull(source, "source");
            this.title = requireNonNull(title, "title");
        }

        /**
         * Replaces the title given to {@link Post#builder(String, String)}.
         *
         * @param title the title; stripped, and not blank
         * @return this builder
         */
        public Builder title(String title) {
            this.title = requireNonNull(title, "title");
            return this;
        }

        /**
         * The URL slug, in place of the one taken from the file name.
         *
         * @param slug the slug, as in a {@code slug:} key; not blank
         * @return this builder
         */
        public Builder slug(String slug) {
            this.slug = requireNonNull(slug, "slug");
            return this;
        }

        /**
         * When the post was published.
         *
         * @param date the publication date and time
         * @return this builder
         */
        public Builder date(ZonedDateTime date) {
            this.date = requireNonNull(date, "date");
            return this;
        }

        /**
         * When the post was last changed.
         *
         * @param lastModified the date and time of the last change
         * @return this builder
         */
        public Builder lastModified(ZonedDateTime lastModified) {
            this.lastModified = requireNonNull(lastModified, "lastModified");
            return this;
        }

        /**
         * Adds an author after those already added.
         *
         * @param author the next author
         * @return this builder
         */
        public Builder author(Author author) {
            authors.add(requireNonNull(author, "author"));
            return this;
        }

        /**
         * Replaces all authors.
         *
         * @param authors the authors, in order
         * @return this builder
         */
        public Builder authors(List<Author> authors) {
            this.authors.clear();
            requireNonNull(authors, "authors").forEach(this::author);
            return this;
        }

        /**
         * A one-line summary of the post; stripped, and absent when blank.
         *
         * @param description the summary
         * @return this builder
         */
        public Builder description(String description) {
            this.description = requireNonNull(description, "description");
            return this;
        }

        /**
         * Replaces all categories.
         *
         * @param categories the categories, in the order given; no element may be {@code null}
         * @return this builder
         */
        public Builder categories(List<String> categories) {
            this.categories.clear();
            requireNonNull(categories, "categories").forEach(c -> this.categories.add(requireNonNull(c, "category")));
            return this;
        }

        /**
         * Replaces all tags.
         *
         * @param tags the tags, in the order given; no element may be {@code null}
         * @return this builder
         */
        public Builder tags(List<String> tags) {
            this.tags.clear();
            requireNonNull(tags, "tags").forEach(t -> this.tags.add(requireNonNull(t, "tag")));
            return this;
        }

        /**
         * A cover image for the post.
         *
         * @param image the image, absolute or relative to the site
         * @return this builder
         */
        public Builder image(URI image) {
            this.image = requireNonNull(image, "image");
            return this;
        }

        /**
         * Whether the site features the post; {@code false} unless set.
         *
         * @param featured {@code true} for a featured post
         * @return this builder
         */
        public Builder featured(boolean featured) {
            this.featured = featured;
            return this;
        }

        /**
         * Whether the post is unpublished; {@code false} unless set.
         *
         * @param draft {@code true} for a draft
         * @return this builder
         */
        public Builder draft(boolean draft) {
            this.draft = draft;
            return this;
        }

        /**
         * The post's canonical URL.
         *
         * @param url the absolute URL of the post's page
         * @return this builder
         */
        public Builder url(URI url) {
            this.url = requireNonNull(url, "url");
            return this;
        }

        /**
         * The excerpt as Markdown; absent when blank.
         *
         * @param excerpt the excerpt
         * @return this builder
         */
        public Builder excerpt(String excerpt) {
            this.excerpt = requireNonNull(excerpt, "excerpt");
            return this;
        }

        /**
         * The Markdown body without front matter; the empty string unless set.
         *
         * @param body the body; may be empty
         * @return this builder
         */
        public Builder body(String body) {
            this.body = requireNonNull(body, "body");
            return this;
        }

        /**
         * Replaces all front-matter keys; the values are checked and deep-copied by {@link #build()}.
         *
         * @param frontMatter the keys as read, in order; values are strings, booleans, numbers, lists or maps
         * @return this builder
         */
        public Builder frontMatter(Map<String, ?> frontMatter) {
            this.frontMatter.clear();
            this.frontMatter.putAll(requireNonNull(frontMatter, "frontMatter"));
            return this;
        }

        /**
         * Adds a link of the body after those already added.
         *
         * @param link the next link
         * @return this builder
         */
        public Builder link(Link link) {
            links.add(requireNonNull(link, "link"));
            return this;
        }

        /**
         * Replaces all links of the body.
         *
         * @param links the links, in order
         * @return this builder
         */
        public Builder links(List<Link> links) {
            this.links.clear();
            requireNonNull(links, "links").forEach(this::link);
            return this;
        }

        /**
         * The event the post announces or reports.
         *
         * @param event the event
         * @return this builder
         */
        public Builder event(Event event) {
            this.event = requireNonNull(event, "event");
            return this;
        }

        /**
         * Clears the event, for a post that is about none (such as a copy of an event post from {@link #toBuilder()}).
         *
         * @return this builder
         */
        public Builder noEvent() {
            this.event = null;
            return this;
        }

        /**
         * Builds the post from the values set so far; the builder can be used again.
         *
         * @return a new post
         * @throws IllegalArgumentException if a value breaks a rule of the {@link Post} constructor
         */
        public Post build() {
            return new Post(source, slug != null ? slug : slugOf(source), title, Optional.ofNullable(date),
                    Optional.ofNullable(lastModified), authors, Optional.ofNullable(description), categories, tags,
                    Optional.ofNullable(image), featured, draft, Optional.ofNullable(url),
                    Optional.ofNullable(excerpt), body, frontMatter, links, Optional.ofNullable(event));
        }

        /** The file name without folders, extension and a Jekyll {@code YYYY-MM-DD-} prefix. */
        private static String slugOf(String source) {
            String name = source.replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                name = name.substring(0, dot);
            }
            if (name.matches("\\d{4}-\\d{2}-\\d{2}-.+")) {
                name = name.substring(11);
            }
            return name.isBlank() ? "post" : name;
        }
    }
}
