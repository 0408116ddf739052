package io.meetkit.export.site;

import static java.util.Objects.requireNonNull;

import io.meetkit.core.Post;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import java.util.List;

/**
 * One person and the talks they gave across a site, as {@code speakers.json} lists them. The grouping of mentions
 * into people is the caller's (typically {@code io.meetkit.markdown.SpeakerIndex}), so that this module needs no
 * reader:
 *
 * <pre>{@code
 * SpeakerIndex index = SpeakerIndex.of(posts);
 * List<SpeakerAppearances> speakers = index.speakers().stream().map(s -> new SpeakerAppearances(s,
 *         index.talksBy(s).stream().map(a -> new SpeakerAppearances.Appearance(a.post(), a.talk())).toList())).toList();
 * }</pre>
 *
 * @param speaker     the person, with every profile link known for them
 * @param appearances their talks, oldest first
 */
public record SpeakerAppearances(Speaker speaker, List<Appearance> appearances) {

    public SpeakerAppearances {
        requireNonNull(speaker, "speaker");
        appearances = List.copyOf(requireNonNull(appearances, "appearances"));
    }

    /**
     * One talk.
     *
     * @param post the post that reports or announces it
     * @param talk the talk
     */
    public record Appearance(Post post, Talk talk) {

        public Appearance {
            requireNonNull(post, "post");
            requireNonNull(talk, "talk");
        }
    }
}
