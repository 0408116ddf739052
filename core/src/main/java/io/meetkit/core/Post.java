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

    /** A builder for a post read from {@code source} with {@code title}; the slug defaults to the file name's. */
    public static Builder builder(String source, String title) {
        return new Builder(source, title);
    }

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

    /** A copy with {@code event}. */
    public Post withEvent(Event event) {
        return toBuilder().event(requireNonNull(event, "event")).build();
    }

    /** Builds a {@link Post}. */
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

        public Builder title(String title) {
            this.title = requireNonNull(title, "title");
            return this;
        }

        public Builder slug(String slug) {
            this.slug = requireNonNull(slug, "slug");
            return this;
        }

        public Builder date(ZonedDateTime date) {
            this.date = requireNonNull(date, "date");
            return this;
        }

        public Builder lastModified(ZonedDateTime lastModified) {
            this.lastModified = requireNonNull(lastModified, "lastModified");
            return this;
        }

        public Builder author(Author author) {
            authors.add(requireNonNull(author, "author"));
            return this;
        }

        public Builder authors(List<Author> authors) {
            this.authors.clear();
            requireNonNull(authors, "authors").forEach(this::author);
            return this;
        }

        public Builder description(String description) {
            this.description = requireNonNull(description, "description");
            return this;
        }

        public Builder categories(List<String> categories) {
            this.categories.clear();
            requireNonNull(categories, "categories").forEach(c -> this.categories.add(requireNonNull(c, "category")));
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags.clear();
            requireNonNull(tags, "tags").forEach(t -> this.tags.add(requireNonNull(t, "tag")));
            return this;
        }

        public Builder image(URI image) {
            this.image = requireNonNull(image, "image");
            return this;
        }

        public Builder featured(boolean featured) {
            this.featured = featured;
            return this;
        }

        public Builder draft(boolean draft) {
            this.draft = draft;
            return this;
        }

        public Builder url(URI url) {
            this.url = requireNonNull(url, "url");
            return this;
        }

        public Builder excerpt(String excerpt) {
            this.excerpt = requireNonNull(excerpt, "excerpt");
            return this;
        }

        public Builder body(String body) {
            this.body = requireNonNull(body, "body");
            return this;
        }

        public Builder frontMatter(Map<String, ?> frontMatter) {
            this.frontMatter.clear();
            this.frontMatter.putAll(requireNonNull(frontMatter, "frontMatter"));
            return this;
        }

        public Builder link(Link link) {
            links.add(requireNonNull(link, "link"));
            return this;
        }

        public Builder links(List<Link> links) {
            this.links.clear();
            requireNonNull(links, "links").forEach(this::link);
            return this;
        }

        public Builder event(Event event) {
            this.event = requireNonNull(event, "event");
            return this;
        }

        /** Clears the event. */
        public Builder noEvent() {
            this.event = null;
            return this;
        }

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
