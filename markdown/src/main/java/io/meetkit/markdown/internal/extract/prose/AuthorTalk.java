package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate.SpeakerMention;
import io.meetkit.markdown.internal.extract.prose.token.blocks.FirstPersonSpeaker;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The talk of a post whose author writes that they gave it ({@link FirstPersonSpeaker}): the speaker is the
 * front matter's {@code author}, when it is one person's name, with the profile of {@code author_link} or
 * {@code author_url} when that is a profile page.
 */
public final class AuthorTalk {

    private AuthorTalk() {
    }

    /** The author's talk as a draft, or none. */
    public static List<TalkDraft> find(List<ProseBlock> blocks, Map<String, Object> frontMatter, Set<String> stop) {
        if (!(frontMatter.get("author") instanceof String author) || author.length() > 80
                || !Names.isPersonName(author.strip(), stop)) {
            return List.of();
        }
        Optional<String> profile = Optional.empty();
        for (String key : List.of("author_link", "author_url")) {
            if (profile.isEmpty() && frontMatter.get(key) instanceof String url && Names.isProfileUrl(url)) {
                profile = Optional.of(url);
            }
        }
        Optional<TalkCandidate> c = FirstPersonSpeaker.read(blocks, new SpeakerMention(author.strip(), profile));
        if (c.isEmpty()) {
            return List.of();
        }
        TalkDraft d = new TalkDraft(c.get().line(), -1, true);
        d.kind = c.get().kind();
        d.weakTitle = true;
        d.addSpeakers(List.of(new TalkDraft.Person(author.strip(), profile)));
        return List.of(d);
    }
}
