package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.core.TalkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A talk as read from prose, before it becomes a {@link io.meetkit.core.Talk}. Mutable; internal to extraction. */
public final class TalkDraft {

    /** A speaker as written, with the URL linked on the name, if any. */
    public record Person(String name, Optional<String> profileUrl) {
    }

    String title;
    /** Whether the title is a paraphrase read after "about"/"on", which a stated title should replace. */
    boolean weakTitle;
    TalkKind kind = TalkKind.TALK;
    final List<Person> speakers = new ArrayList<>();
    final List<String> links = new ArrayList<>();
    final int line;
    final int blockIndex;
    final boolean explicitTalk;

    TalkDraft(int line, int blockIndex, boolean explicitTalk) {
        this.line = line;
        this.blockIndex = blockIndex;
        this.explicitTalk = explicitTalk;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title).map(String::strip).filter(s -> !s.isEmpty());
    }

    public TalkKind kind() {
        return kind;
    }

    public List<Person> speakers() {
        return List.copyOf(speakers);
    }

    /** Resource links (slides, videos, projects) as written, in order. */
    public List<String> links() {
        return List.copyOf(links);
    }

    public int line() {
        return line;
    }

    boolean hasSpeaker(String name) {
        for (Person p : speakers) {
            if (Names.samePerson(p.name(), name)) {
                return true;
            }
        }
        return false;
    }

    boolean sharesSpeaker(List<Person> others) {
        for (Person o : others) {
            if (hasSpeaker(o.name())) {
                return true;
            }
        }
        return false;
    }

    void addSpeakers(List<Person> people) {
        for (Person p : people) {
            boolean known = false;
            for (int i = 0; i < speakers.size(); i++) {
                if (Names.samePerson(speakers.get(i).name(), p.name())) {
                    known = true;
                    if (speakers.get(i).profileUrl().isEmpty() && p.profileUrl().isPresent()) {
                        speakers.set(i, new Person(speakers.get(i).name(), p.profileUrl()));
                    }
                }
            }
            if (!known) {
                speakers.add(p);
            }
        }
    }

    void addLink(String url) {
        if (!links.contains(url)) {
            links.add(url);
        }
    }

    @Override
    public String toString() {
        return kind + " " + title + " " + speakers + " " + links;
    }
}
