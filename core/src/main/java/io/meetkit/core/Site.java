package io.meetkit.core;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The site a post belongs to, as its configuration describes it ({@code _config.yml}, {@code hugo.toml}).
 *
 * @param title       the site's (usually the group's) name
 * @param description what the site is
 * @param url         the absolute base URL, {@code url} joined with {@code baseurl}
 * @param timeZone    the zone in which dates without offset are read
 * @param language    the site's language tag
 * @param links       the group's standing channels (social accounts, chat, mailing list)
 * @param logo        the group's logo, absolute or relative to the site, when the configuration names one
 * @param freeEvents  whether the site's owner declares that its events are free to attend (never inferred)
 */
public record Site(Optional<String> title, Optional<String> description, Optional<URI> url,
                   Optional<ZoneId> timeZone, Optional<String> language, List<Link> links, Optional<URI> logo,
                   boolean freeEvents) {

    /** A site about which nothing is known. */
    public static final Site UNKNOWN = new Site(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of());

    /**
     * Strips the title, description and language, treating blank ones as absent, and copies the links.
     *
     * @param title       the site's name; stripped, absent when blank
     * @param description what the site is; stripped, absent when blank
     * @param url         the absolute base URL, or {@link Optional#empty()}
     * @param timeZone    the zone for dates without offset, or {@link Optional#empty()}
     * @param language    the language tag; stripped, absent when blank
     * @param links       the group's standing channels; copied
     * @param logo        the group's logo, or {@link Optional#empty()}
     * @param freeEvents  whether the owner declares the site's events free to attend
     */
    public Site {
        title = requireNonNull(title, "title").map(String::strip).filter(s -> !s.isEmpty());
        description = requireNonNull(description, "description").map(String::strip).filter(s -> !s.isEmpty());
        requireNonNull(url, "url");
        requireNonNull(timeZone, "timeZone");
        language = requireNonNull(language, "language").map(String::strip).filter(s -> !s.isEmpty());
        links = List.copyOf(requireNonNull(links, "links"));
        requireNonNull(logo, "logo");
    }

    /**
     * A site with no logo and no declaration about its events' price.
     *
     * @param title       the site's name; stripped, absent when blank
     * @param description what the site is; stripped, absent when blank
     * @param url         the absolute base URL, or {@link Optional#empty()}
     * @param timeZone    the zone for dates without offset, or {@link Optional#empty()}
     * @param language    the language tag; stripped, absent when blank
     * @param links       the group's standing channels; copied
     */
    public Site(Optional<String> title, Optional<String> description, Optional<URI> url, Optional<ZoneId> timeZone,
                Optional<String> language, List<Link> links) {
        this(title, description, url, timeZone, language, links, Optional.empty(), false);
    }

    /**
     * The group behind the site, named by the site's title, with the site's URL and links.
     *
     * @return the organizer, or {@link Optional#empty()} when the site has no title
     */
    public Optional<Organizer> organizer() {
        return title.map(t -> new Organizer(t, url, links));
    }

    /**
     * A copy with another title.
     *
     * @param title the site's name; stripped, and absent when blank
     * @return the changed copy
     */
    public Site withTitle(String title) {
        return new Site(Optional.of(requireNonNull(title, "title")), description, url, timeZone, language, links,
                logo, freeEvents);
    }

    /**
     * A copy with another base URL.
     *
     * @param url the absolute base URL, {@code url} joined with {@code baseurl}
     * @return the changed copy
     */
    public Site withUrl(URI url) {
        return new Site(title, description, Optional.of(requireNonNull(url, "url")), timeZone, language, links, logo,
                freeEvents);
    }

    /**
     * A copy with another time zone.
     *
     * @param timeZone the zone in which dates without offset are read
     * @return the changed copy
     */
    public Site withTimeZone(ZoneId timeZone) {
        return new Site(title, description, url, Optional.of(requireNonNull(timeZone, "timeZone")), language, links,
                logo, freeEvents);
    }

    /**
     * A copy with another logo.
     *
     * @param logo the group's logo, absolute or relative to the site
     * @return the changed copy
     */
    public Site withLogo(URI logo) {
        return new Site(title, description, url, timeZone, language, links, Optional.of(requireNonNull(logo, "logo")),
                freeEvents);
    }

    /**
     * A copy that does or does not declare the site's events free to attend.
     *
     * @param freeEvents whether the owner declares the events free
     * @return the changed copy
     */
    public Site withFreeEvents(boolean freeEvents) {
        return new Site(title, description, url, timeZone, language, links, logo, freeEvents);
    }
}
