package io.meetkit.core;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who spoke when, about what, across a site: every speaker of the posts' events, with the same person merged into
 * one {@link Speaker} when two mentions share a profile link (compared by {@link Link#identity()}, so
 * {@code x.com/Ann} and {@code https://twitter.com/ann/} are one person) or have the same normalised name and no
 * conflicting profile (two different Twitter accounts are two people even when the names agree).
 *
 * <p>Immutable and thread-safe once built.
 *
 * <pre>{@code
 * SpeakerIndex index = SpeakerIndex.of(posts);
 * for (Speaker s : index.speakers()) {
 *     index.talksBy(s).forEach(a -> System.out.println(s.name() + " " + a.date() + " " + a.talk().displayTitle()));
 * }
 * }</pre>
 */
public final class SpeakerIndex {

    /**
     * One talk given by a speaker.
     *
     * @param post the post that reports or announces it
     * @param talk the talk
     */
    public record Appearance(Post post, Talk talk) {

        /**
         * Checks that both are given.
         *
         * @param post the post that reports or announces the talk
         * @param talk the talk, one of the post's event's talks
         */
        public Appearance {
            requireNonNull(post, "post");
            requireNonNull(talk, "talk");
        }

        /**
         * When the talk was given.
         *
         * @return the event's date when the post gives one, else the post's publication date
         */
        public Optional<LocalDate> date() {
            return post.event().flatMap(Event::time).map(t -> t.startDate())
                    .or(() -> post.date().map(d -> d.toLocalDate()));
        }
    }

    private final List<Entry> entries;

    private SpeakerIndex(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * An index of the speakers of {@code posts}' events; posts without an event are skipped.
     *
     * @param posts the posts, in any order (the index orders them by date)
     * @return the index
     */
    public static SpeakerIndex of(Iterable<Post> posts) {
        requireNonNull(posts, "posts");
        List<Post> sorted = new ArrayList<>();
        for (Post p : posts) {
            sorted.add(requireNonNull(p, "post"));
        }
        // Chronological, so that a speaker's first appearance comes first whatever order the posts arrive in.
        sorted.sort(Comparator.comparing((Post p) -> p.date().map(d -> d.toLocalDate()).orElse(LocalDate.MIN))
                .thenComparing(Post::source));
        List<Entry> entries = new ArrayList<>();
        for (Post post : sorted) {
            for (Talk talk : post.event().map(Event::talks).orElse(List.of())) {
                for (Speaker speaker : talk.speakers()) {
                    Entry entry = find(entries, speaker).orElse(null);
                    if (entry == null) {
                        entry = new Entry(speaker);
                        entries.add(entry);
                    } else {
                        entry.merge(speaker);
                    }
                    Appearance a = new Appearance(post, talk);
                    if (!entry.appearances.contains(a)) {
                        entry.appearances.add(a);
                    }
                }
            }
        }
        List<Entry> frozen = new ArrayList<>();
        for (Entry e : entries) {
            frozen.add(e.freeze());
        }
        return new SpeakerIndex(List.copyOf(frozen));
    }

    /**
     * Every distinct speaker.
     *
     * @return the people in order of first appearance, each with all the profile links seen for them
     */
    public List<Speaker> speakers() {
        return entries.stream().map(e -> e.speaker).toList();
    }

    /**
     * The talks given by a person.
     *
     * @param speaker the person, matched as the index merges mentions (a shared profile link, or the same name and
     *                no conflicting profile)
     * @return their talks, oldest first; empty when the person is not in the index
     */
    public List<Appearance> talksBy(Speaker speaker) {
        requireNonNull(speaker, "speaker");
        return find(entries, speaker).map(e -> e.appearances).orElse(List.of());
    }

    /**
     * The speaker with a name.
     *
     * @param name the name, compared after normalisation (case, accents, punctuation and spacing ignored)
     * @return the speaker, if exactly one person has this name
     */
    public Optional<Speaker> named(String name) {
        requireNonNull(name, "name");
        String key = normalise(name);
        List<Speaker> matches = entries.stream().filter(e -> normalise(e.speaker.name()).equals(key))
                .map(e -> e.speaker).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static Optional<Entry> find(List<Entry> entries, Speaker speaker) {
        for (Entry e : entries) {
            if (sharesProfile(e.speaker, speaker)) {
                return Optional.of(e);
            }
        }
        String name = normalise(speaker.name());
        for (Entry e : entries) {
            if (normalise(e.speaker.name()).equals(name) && !conflicts(e.speaker, speaker)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static boolean sharesProfile(Speaker a, Speaker b) {
        for (Link x : a.links()) {
            for (Link y : b.links()) {
                if (x.identity().equals(y.identity())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Two profiles on the same service that differ: two people who share a name. */
    private static boolean conflicts(Speaker a, Speaker b) {
        for (Link x : a.links()) {
            for (Link y : b.links()) {
                if (x.kind() == y.kind() && x.kind() != LinkKind.OTHER && !x.identity().equals(y.identity())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lower case, accents removed, punctuation and repeated spaces dropped: "José  O'Neil" is "jose oneil". */
    static String normalise(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]+", "").replaceAll("\\s+", " ").strip();
    }

    private static final class Entry {
        Speaker speaker;
        List<Appearance> appearances = new ArrayList<>();

        Entry(Speaker speaker) {
            this.speaker = speaker;
        }

        void merge(Speaker other) {
            Speaker s = speaker;
            for (Link l : other.links()) {
                s = s.withLink(l);
            }
            if (s.bio().isEmpty() && other.bio().isPresent()) {
                s = s.withBio(other.bio().get());
            }
            if (s.image().isEmpty() && other.image().isPresent()) {
                s = s.withImage(other.image().get());
            }
            speaker = s;
        }

        Entry freeze() {
            Entry e = new Entry(speaker);
            e.appearances = List.copyOf(appearances);
            return e;
        }
    }
}
