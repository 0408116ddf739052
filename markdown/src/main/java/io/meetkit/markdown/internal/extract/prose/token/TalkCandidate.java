package io.meetkit.markdown.internal.extract.prose.token;

import io.meetkit.core.TalkKind;
import java.util.List;
import java.util.Optional;

/**
 * A talk read by a token rule or a block reader, before the prose reader decides whether to keep it.
 *
 * @param title      the title as written or paraphrased, if the text gives one
 * @param paraphrase whether the title is a paraphrase read after "about"/"on" rather than a stated title
 * @param kind       talk, lightning talk or workshop
 * @param speakers   the people who give it, in order
 * @param line       the 1-based file line it was read from
 * @param source     the name of the rule or reader that read it, for tests and tracing
 * @param links      the talk's resources (slides, videos, projects) as written, in order
 */
public record TalkCandidate(Optional<String> title, boolean paraphrase, TalkKind kind, List<SpeakerMention> speakers,
                            int line, String source, List<String> links) {

    public TalkCandidate {
        speakers = List.copyOf(speakers);
        links = List.copyOf(links);
    }

    /** A talk with no resource links. */
    public TalkCandidate(Optional<String> title, boolean paraphrase, TalkKind kind, List<SpeakerMention> speakers,
                         int line, String source) {
        this(title, paraphrase, kind, speakers, line, source, List.of());
    }

    /**
     * A person as written, with the URL linked on the name if any.
     *
     * @param name       the name without affiliation
     * @param profileUrl the URL linked on the name
     */
    public record SpeakerMention(String name, Optional<String> profileUrl) {
    }
}
