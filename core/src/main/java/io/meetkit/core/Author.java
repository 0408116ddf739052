package io.meetkit.core;

import static io.meetkit.core.internal.Checks.requireText;
import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A person who wrote a {@link Post}.
 *
 * @param name   the display name (the site's author record's name when it has one, else the handle as written)
 * @param handle the key the post used to name the author (a Jekyll {@code authors:} entry), when it differs
 * @param links  the author's profile links
 * @param image  a picture of the author
 */
public record Author(String name, Optional<String> handle, List<Link> links, Optional<URI> image) {

    /**
     * Strips the name and handle, treats a blank handle as absent and copies the links.
     *
     * @param name   the display name; not blank, stripped
     * @param handle the key the post used; stripped, absent when blank
     * @param links  profile links; copied
     * @param image  a picture, or {@link Optional#empty()}
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Author {
        name = requireText(name, "name").strip();
        handle = requireNonNull(handle, "handle").map(String::strip).filter(s -> !s.isEmpty());
        links = List.copyOf(requireNonNull(links, "links"));
        requireNonNull(image, "image");
    }

    /**
     * An author known only by name.
     *
     * @param name the display name; not blank
     * @return an author with no handle, links or image
     */
    public static Author of(String name) {
        return new Author(name, Optional.empty(), List.of(), Optional.empty());
    }
}
