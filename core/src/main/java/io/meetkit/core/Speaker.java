package io.meetkit.core;

import static io.meetkit.core.internal.Checks.requireText;
import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A person who presents a {@link Talk}.
 *
 * @param name  the name as written, without affiliation
 * @param links profile links (Twitter/X, LinkedIn, GitHub, Mastodon, personal site, ...), in the order found
 * @param bio   a short biography
 * @param image a picture of the person
 */
public record Speaker(String name, List<Link> links, Optional<String> bio, Optional<URI> image) {

    /**
     * Strips the name and bio, treating a blank bio as absent, and copies the links.
     *
     * @param name  the name as written; not blank, stripped
     * @param links profile links, in order; copied
     * @param bio   a short biography; stripped, absent when blank
     * @param image a picture, or {@link Optional#empty()}
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Speaker {
        name = requireText(name, "name").strip();
        links = List.copyOf(requireNonNull(links, "links"));
        bio = requireNonNull(bio, "bio").map(String::strip).filter(s -> !s.isEmpty());
        requireNonNull(image, "image");
    }

    /**
     * A speaker known only by name.
     *
     * @param name the name as written; not blank
     * @return a speaker with no links, bio or image
     */
    public static Speaker of(String name) {
        return new Speaker(name, List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * A speaker with profile links.
     *
     * @param name  the name as written; not blank
     * @param links profile links, in the order found; copied
     * @return a speaker with no bio or image
     */
    public static Speaker of(String name, List<Link> links) {
        return new Speaker(name, links, Optional.empty(), Optional.empty());
    }

    /**
     * A copy with {@code link} added at the end, unless a link with the same {@link Link#identity()} is already
     * there.
     *
     * @param link a profile link
     * @return the changed copy, or this speaker when it already has the link
     */
    public Speaker withLink(Link link) {
        requireNonNull(link, "link");
        for (Link l : links) {
            if (l.identity().equals(link.identity())) {
                return this;
            }
        }
        List<Link> more = new ArrayList<>(links);
        more.add(link);
        return new Speaker(name, more, bio, image);
    }

    /**
     * A copy with another bio.
     *
     * @param bio a short biography; stripped, and absent when blank
     * @return the changed copy
     */
    public Speaker withBio(String bio) {
        return new Speaker(name, links, Optional.of(requireNonNull(bio, "bio")), image);
    }

    /**
     * A copy with another image.
     *
     * @param image a picture of the person
     * @return the changed copy
     */
    public Speaker withImage(URI image) {
        return new Speaker(name, links, bio, Optional.of(requireNonNull(image, "image")));
    }

    /**
     * Who this is, for merging the same person across talks and posts: the {@link Link#identity()} of the first
     * profile or {@link LinkKind#WEBSITE} link when there is one, else the name folded to lower case with white space collapsed.
     *
     * @return a key that is equal for two speakers who are the same person
     */
    public String identity() {
        for (Link link : links) {
            if (link.kind().isProfile() || link.kind() == LinkKind.WEBSITE) {
                return link.identity();
            }
        }
        return "name:" + name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
