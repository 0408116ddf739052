package io.meetkit.markdown.internal.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The site's Markdown files that describe people, places or talks rather than events: speaker pages
 * ({@code content/speakers/ada.md}), venue pages, Astro collections of presentations. Posts name them by slug
 * ({@code speakers = ["ada"]}, {@code presentations: [2024-05-01-ada]}), and the extractor joins the entry's keys
 * in, naming the file in the fact's provenance.
 *
 * <p>A folder is a collection of one kind when most of its files' front matter has that kind's keys: people have a
 * name and keys only people have (bio, role, photo, profile accounts) and no event keys; places have an address or
 * coordinates and no venue or talk keys of their own; talks have a speaker and no list of talks, and make a
 * collection only when another file lists one of them as its talks (so a folder of posts with a speaker key each stays
 * a folder of posts). So the folder's name never
 * decides: {@code content/crew/} of profiles is read like {@code _data/speakers.yml}.
 *
 * @param people   person entries by slug
 * @param places   place entries by slug
 * @param talks    talk entries by slug
 * @param entries  the absolute paths of every entry file of a collection: parts of events, never events of their
 *                 own
 * @param folders  each collection found, as {@code folder/ (kind, N entries)}, for {@code meetup inspect}
 */
public record SiteCollections(Map<String, Entry> people, Map<String, Entry> places, Map<String, Entry> talks,
                              Set<Path> entries, List<String> folders) {

    /** A site without collections. */
    public static final SiteCollections NONE = new SiteCollections(Map.of(), Map.of(), Map.of(), Set.of(), List.of());

    /** What kind of thing a collection's entries are. */
    public enum Kind {
        PEOPLE, PLACES, TALKS
    }

    /**
     * One entry: its slug, its front matter, and the file it is in (relative to the site root, '/'-separated).
     *
     * @param slug   the name posts use for it
     * @param values its front matter
     * @param file   its path relative to the site root
     */
    public record Entry(String slug, Map<String, Object> values, String file) {
    }

    /** One Markdown file of the site as the collection reader sees it. */
    public record File(Path path, String relPath, Map<String, Object> frontMatter) {
    }

    public SiteCollections {
        people = Map.copyOf(people);
        places = Map.copyOf(places);
        talks = Map.copyOf(talks);
        entries = Set.copyOf(entries);
        folders = List.copyOf(folders);
    }

    /** The share of a folder's files that must have a kind's keys for the folder to be of that kind. */
    private static final double MOST = 0.6;
    private static final Set<String> NAME_KEYS = Set.of("name", "title", "full_name", "display_name");
    private static final Set<String> PERSON_KEYS = Set.of("bio", "role", "photo", "avatar", "profile_image",
            "headshot", "picture", "pronouns", "job_title", "company", "affiliation", "github", "github_username",
            "twitter", "twitter_username", "linkedin", "mastodon", "website", "homepage", "social", "socials",
            "email", "organization", "position");
    private static final Set<String> PLACE_KEYS = Set.of("address", "street_address", "street", "geo", "lat",
            "latitude", "coordinates", "postal_code", "postcode", "zip", "locality", "map");
    private static final Set<String> SPEAKER_KEYS = Set.of("speaker", "speakers", "presenter", "presenters", "by");
    /** Keys an event page has and a person or place page does not. */
    private static final Set<String> EVENT_KEYS = Set.of("venue", "location", "talks", "sessions", "agenda",
            "presentations", "speakers", "speaker", "presenter", "event", "rsvp", "meetup_url", "start", "time",
            "start_time", "event_date");
    private static final Set<String> TALK_LIST_KEYS = Set.of("talks", "sessions", "agenda", "schedule",
            "presentations");
    private static final Pattern HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    /** The collections among {@code files}: each folder whose files are mostly of one kind. */
    public static SiteCollections of(List<File> files) {
        Map<String, List<File>> byFolder = new TreeMap<>();
        for (File f : files) {
            int slash = f.relPath().lastIndexOf('/');
            String name = f.relPath().substring(slash + 1);
            String folder = slash < 0 ? "" : f.relPath().substring(0, slash);
            if (name.startsWith("index.") && folder.contains("/")) {
                // A page bundle: its folder is the entry, the folder above it the collection.
                folder = folder.substring(0, folder.lastIndexOf('/'));
            }
            byFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(f);
        }
        // Talk entries are those a post lists as its talks; a post that merely has a speaker key stays a post.
        Set<String> named = new HashSet<>();
        for (File f : files) {
            normalised(f.frontMatter()).forEach((k, v) -> {
                if (TALK_LIST_KEYS.contains(k)) {
                    collectTexts(v, named, 0);
                }
            });
        }
        Map<String, Entry> people = new LinkedHashMap<>();
        Map<String, Entry> places = new LinkedHashMap<>();
        Map<String, Entry> talks = new LinkedHashMap<>();
        Set<Path> entries = new HashSet<>();
        List<String> folders = new ArrayList<>();
        for (Map.Entry<String, List<File>> folder : byFolder.entrySet()) {
            Optional<Kind> kind = kindOf(folder.getValue());
            if (kind.isEmpty()) {
                continue;
            }
            Map<String, Entry> into = switch (kind.get()) {
                case PEOPLE -> people;
                case PLACES -> places;
                case TALKS -> talks;
            };
            if (kind.get() == Kind.TALKS && folder.getValue().stream().noneMatch(f -> named.contains(slugOf(f)))) {
                continue;
            }
            int count = 0;
            for (File f : folder.getValue()) {
                if (!isOfKind(normalised(f.frontMatter()), kind.get())) {
                    continue;
                }
                String slug = slugOf(f);
                into.putIfAbsent(slug, new Entry(slug, f.frontMatter(), f.relPath()));
                entries.add(f.path().toAbsolutePath().normalize());
                count++;
            }
            if (count > 0) {
                folders.add(folder.getKey() + "/ (" + kind.get().name().toLowerCase(Locale.ROOT) + ", " + count
                        + (count == 1 ? " entry)" : " entries)"));
            }
        }
        return new SiteCollections(people, places, talks, entries, folders);
    }

    /** Whether the file at {@code path} is an entry of a collection: a part of events, not an event itself. */
    public boolean isEntry(Path path) {
        return !entries.isEmpty() && entries.contains(path.toAbsolutePath().normalize());
    }

    /** The entry of {@code kind} named {@code slug}, or whose name is {@code slug} (compared without case). */
    public Optional<Entry> find(Kind kind, String slug) {
        Map<String, Entry> in = switch (kind) {
            case PEOPLE -> people;
            case PLACES -> places;
            case TALKS -> talks;
        };
        Entry e = in.get(slug);
        if (e != null) {
            return Optional.of(e);
        }
        for (Entry candidate : in.values()) {
            Object name = candidate.values().get("name");
            if (name == null && kind != Kind.TALKS) {
                name = candidate.values().get("title");
            }
            if (name instanceof String n && clean(n).equalsIgnoreCase(clean(slug))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether most of {@code entries} (the values of a data file: a map of maps keyed by slug, or a list of maps) are
     * of {@code kind}, judged by their keys as the entries of a folder are.
     */
    public static boolean looksLike(Kind kind, Object entries) {
        java.util.Collection<?> items = entries instanceof Map<?, ?> m ? m.values()
                : entries instanceof List<?> l ? l : List.of();
        long maps = items.stream().filter(Map.class::isInstance).count();
        long of = items.stream().filter(i -> i instanceof Map<?, ?> m && isOfKind(normalised(m), kind)).count();
        return maps > 0 && maps == items.size() && of >= MOST * maps;
    }

    private static Optional<Kind> kindOf(List<File> folder) {
        for (Kind kind : Kind.values()) {
            long n = folder.stream().filter(f -> isOfKind(normalised(f.frontMatter()), kind)).count();
            if (n > 0 && n >= MOST * folder.size()) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static boolean isOfKind(Map<String, Object> fm, Kind kind) {
        boolean named = NAME_KEYS.stream().anyMatch(k -> fm.get(k) instanceof String s && !s.isBlank());
        return switch (kind) {
            case PEOPLE -> named && fm.keySet().stream().anyMatch(PERSON_KEYS::contains)
                    && fm.keySet().stream().noneMatch(EVENT_KEYS::contains)
                    && fm.keySet().stream().noneMatch(PLACE_KEYS::contains);
            case PLACES -> fm.keySet().stream().anyMatch(PLACE_KEYS::contains)
                    && fm.keySet().stream().noneMatch(EVENT_KEYS::contains);
            case TALKS -> fm.keySet().stream().anyMatch(SPEAKER_KEYS::contains)
                    && fm.keySet().stream().noneMatch(TALK_LIST_KEYS::contains);
        };
    }

    /** The name other files use: the {@code slug} key, else the file name (a bundle's folder name). */
    private static String slugOf(File f) {
        if (f.frontMatter().get("slug") instanceof String s && !s.isBlank()) {
            return s.strip();
        }
        String rel = f.relPath();
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (base.equals("index") && rel.contains("/")) {
            String folder = rel.substring(0, rel.lastIndexOf('/'));
            return folder.substring(folder.lastIndexOf('/') + 1);
        }
        return base;
    }

    /** Every short text in the front matter (top level, lists and maps two levels down): the slugs it may name. */
    private static void collectTexts(Object value, Set<String> into, int depth) {
        if (value instanceof String s && s.length() <= 200) {
            into.add(s.strip());
        } else if (value instanceof List<?> l && depth < 3) {
            l.forEach(v -> collectTexts(v, into, depth + 1));
        } else if (value instanceof Map<?, ?> m && depth < 3) {
            m.values().forEach(v -> collectTexts(v, into, depth + 1));
        }
    }

    private static Map<String, Object> normalised(Map<?, ?> fm) {
        Map<String, Object> out = new LinkedHashMap<>();
        fm.forEach((k, v) -> out.put(HUMP.matcher(String.valueOf(k).strip()).replaceAll("$1_$2").replace('-', '_')
                .toLowerCase(Locale.ROOT), v));
        return out;
    }

    /** A name without invisible joiners and surrounding space. */
    private static String clean(String s) {
        return s.replace("\u2060", "").replace("\u200b", "").strip();
    }
}
