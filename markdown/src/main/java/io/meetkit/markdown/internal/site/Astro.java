package io.meetkit.markdown.internal.site;

import io.meetkit.core.Site;
import io.meetkit.markdown.internal.Limits;
import io.meetkit.markdown.internal.SiteConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Astro: {@code astro.config.*} (its {@code site:} read from the text, never run); content collections are the
 * folders of {@code src/content/}; a post's slug is its path in the collection or its {@code slug} key; dates in
 * {@code date}, {@code pubDate}, {@code publishDate} or {@code publishedAt}; the address {@code /collection/slug/}.
 */
public final class Astro implements Conventions {

    private static final String[] CONFIG_FILES = {"astro.config.mjs", "astro.config.js", "astro.config.ts",
        "astro.config.mts", "astro.config.cjs"};
    private static final Pattern SITE = Pattern.compile("\\bsite\\s*:[^\\n\"'`]{0,120}[\"'`](https?://[^\"'`\\s]+)");

    @Override
    public String name() {
        return "Astro";
    }

    @Override
    public boolean isRoot(Path dir) {
        return Generators.hasFile(dir, CONFIG_FILES);
    }

    @Override
    public SiteConfig readConfig(Path root, Site given, Limits limits) {
        String js = Generators.firstFile(root, CONFIG_FILES).map(Generators::text).orElse("");
        Matcher m = SITE.matcher(js);
        Optional<URI> url = SiteConfig.baseUrl(m.find() ? Optional.of(m.group(1)) : Optional.empty(),
                Optional.empty());
        Site site = SiteConfig.site(given, Optional.empty(), Optional.empty(), url, Optional.empty(),
                Optional.empty(), List.of());
        return SiteConfig.of(this, root, site, "", Map.of(), Map.of(), List.of());
    }

    @Override
    public List<Path> postFolders(SiteConfig config) {
        Path content = config.root().orElseThrow().resolve("src/content");
        return Files.isDirectory(content) ? List.of(content) : List.of();
    }

    @Override
    public List<String> describe(SiteConfig config) {
        return List.of("posts: every Markdown file of the collections in src/content/",
                "date: date, pubDate, publishDate or publishedAt",
                "slug: the 'slug' key, else the path in the collection",
                "permalink: /collection/slug/ (as the usual [slug] pages build it)",
                "draft: draft: true; front matter: YAML between --- lines");
    }

    @Override
    public List<String> dateKeys() {
        return List.of("date", "pubDate", "publishDate", "publishedAt");
    }

    @Override
    public Optional<java.time.LocalDate> fileDate(String baseName) {
        return Optional.empty();
    }

    @Override
    public String fileSlug(String relPath, String baseName) {
        return Hugo.bundleSlug(relPath, baseName).orElse(baseName);
    }

    @Override
    public boolean draftByPath(String relPath) {
        return false;
    }

    @Override
    public Optional<String> permalink(Optional<String> explicit, PostPath post, SiteConfig config,
                                      Map<String, Object> values) {
        String collection = collection(post.relPath());
        return Optional.of(Mynt.collapse("/" + collection + "/" + post.slug() + "/"));
    }

    /** The collection: the folder under {@code src/content/}, archive-like folders starting with '_' passed over. */
    static String collection(String relPath) {
        String p = relPath.startsWith("src/content/") ? relPath.substring("src/content/".length()) : relPath;
        String[] parts = p.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parts[i].startsWith("_")) {
                return parts[i];
            }
        }
        return "";
    }
}
