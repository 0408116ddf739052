package io.meetkit.export.site.internal;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Post;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file name (without extension) of each post's outputs: its slug, so a template finds the file by the slug it
 * knows, unless the slug cannot be a file name that Jekyll includes, or another post has the same slug (compared
 * without case, as macOS and Windows file systems do). Colliding posts are all renamed {@code <date>-<slug>} (then
 * {@code -2}, {@code -3}… in source order), so no post silently gets another's snippet, each with a warning. Not
 * API.
 */
public final class OutputNames {
    // What Jekyll's include tag accepts in a file name, minus what needs quoting anywhere.
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_.\\-]+");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);

    private final Map<Post, String> names;
    private final List<Diagnostic> diagnostics;

    private OutputNames(Map<Post, String> names, List<Diagnostic> diagnostics) {
        this.names = names;
        this.diagnostics = diagnostics;
    }

    /** Names for {@code posts}, the same whatever order they come in. */
    public static OutputNames of(List<Post> posts) {
        List<Post> sorted = new ArrayList<>(posts);
        sorted.sort(Comparator.comparing(Post::source));
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, List<Post>> bySlug = new LinkedHashMap<>();
        Map<Post, String> base = new IdentityHashMap<>();
        for (Post post : sorted) {
            String name = safe(post.slug());
            if (!name.equals(post.slug())) {
                diagnostics.add(Diagnostic.warning(post.source(), 1, 1, "the slug '" + post.slug()
                        + "' cannot be a file name that every site generator includes; its files are named '" + name
                        + "', which a layout looking them up by slug will not find (set a slug: of letters, digits,"
                        + " '-', '_' and '.')").withKey("slug"));
            }
            base.put(post, name);
            bySlug.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(post);
        }
        Map<Post, String> names = new IdentityHashMap<>();
        Set<String> taken = new HashSet<>();
        for (List<Post> group : bySlug.values()) {
            if (group.size() == 1) {
                names.put(group.get(0), base.get(group.get(0)));
                taken.add(base.get(group.get(0)).toLowerCase(Locale.ROOT));
            }
        }
        for (List<Post> group : bySlug.values()) {
            if (group.size() == 1) {
                continue;
            }
            for (Post post : group) {
                String dated = post.date().map(d -> d.format(DAY) + "-").orElse("") + base.get(post);
                String name = dated;
                for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                    name = dated + "-" + n;
                }
                names.put(post, name);
                List<String> others = group.stream().filter(p -> p != post).map(Post::source).toList();
                diagnostics.add(Diagnostic.warning(post.source(), 1, 1, "the slug '" + post.slug()
                        + "' is also the slug of " + String.join(", ", others) + "; this post's files are named '"
                        + name + "' so that neither overwrites the other, and a layout looking them up by slug will"
                        + " not find them (give each post its own slug:)").withKey("slug"));
            }
        }
        return new OutputNames(names, List.copyOf(diagnostics));
    }

    /** The name of {@code post}'s files. */
    public String of(Post post) {
        String name = names.get(post);
        if (name == null) {
            throw new IllegalArgumentException("not one of the named posts: " + post.source());
        }
        return name;
    }

    /** The renamed posts, as warnings. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String safe(String slug) {
        if (SAFE.matcher(slug).matches() && !slug.contains("..")) {
            return slug;
        }
        String name = UNSAFE.matcher(slug).replaceAll("-").replaceAll("\\.{2,}", ".").replaceAll("^[.\\-]+", "");
        return name.isEmpty() ? "post" : name;
    }
}
