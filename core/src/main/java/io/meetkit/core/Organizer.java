package io.meetkit.core;

import static io.meetkit.core.internal.Checks.requireText;
import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The group that runs an event, with its standing channels (follow-us links, mailing list, chat).
 *
 * @param name  the group's name
 * @param url   the group's home page
 * @param links the group's community links
 */
public record Organizer(String name, Optional<URI> url, List<Link> links) {

    /**
     * Strips the name and copies the links.
     *
     * @param name  the group's name; not blank, stripped
     * @param url   the group's home page, or {@link Optional#empty()}
     * @param links the group's community links; copied
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Organizer {
        name = requireText(name, "name").strip();
        requireNonNull(url, "url");
        links = List.copyOf(requireNonNull(links, "links"));
    }

    /**
     * An organizer known only by name.
     *
     * @param name the group's name; not blank
     * @return an organizer with no home page or links
     */
    public static Organizer named(String name) {
        return new Organizer(name, Optional.empty(), List.of());
    }
}
