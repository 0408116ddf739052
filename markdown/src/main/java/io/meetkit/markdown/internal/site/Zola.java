package io.meetkit.markdown.internal.site;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Site;
import io.meetkit.markdown.internal.Dates;
import io.meetkit.markdown.internal.Limits;
import io.meetkit.markdown.internal.Permalinks;
import io.meetkit.markdown.internal.SiteConfig;
import io.meetkit.markdown.internal.Values;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Zola: {@code config.toml} with {@code base_url} beside {@code content/}; {@code _index.md} is a section page, not
 * a post; a file name may start with a date ({@code 2024-03-05-seminar.md}) that is the post's date; the address
 * is the section path and slug, or the {@code path} key.
 */
public final class Zola implements Conventions {

    private static final Pattern BASE_URL = Pattern.compile("(?m)^[ \\t]*base_url[ \\t]*=");

    @Override
    public String name() {
        return "Zola";
    }

    @Override
    public boolean isRoot(Path dir) {
        Path config = dir.resolve("config.toml");
        return Files.isRegularFile(config) && Files.isDirectory(dir.resolve("content"))
                && BASE_URL.matcher(Generators.text(config)).find();
    }

    @Override
    public SiteConfig readConfig(Path root, Site given, Limits limits) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Object> config = SiteConfig.readFile(root.resolve("config.toml"), limits, diagnostics);
        Map<String, Object> extra = Values.map(config.get("extra")).orElse(Map.of());
        Optional<URI> url = SiteConfig.baseUrl(Values.text(config, "base_url"), Optional.empty());
        Site site = SiteConfig.site(given, Values.text(config, "title"), Values.text(config, "description"), url,
                Optional.empty(), Values.text(config, "default_language"), SiteConfig.socialLinks(extra),
                SiteConfig.logo(extra, url));
        return new SiteConfig(this, Optional.of(root), site, "", Map.of(), "<!-- more -->", List.of(), Map.of(),
                Map.of(), Map.of(), diagnostics);
    }

    @Override
    public List<Path> postFolders(SiteConfig config) {
        return List.of(config.root().orElseThrow().resolve("content"));
    }

    @Override
    public boolean isPost(String relPath) {
        return !relPath.endsWith("_index.md") && Conventions.super.isPost(relPath);
    }

    @Override
    public List<String> describe(SiteConfig config) {
        return List.of("posts: every page under content/ (_index.md section pages skipped)",
                "date: the 'date' key, else a YYYY-MM-DD file-name prefix followed by - or _",
                "slug: the 'slug' key, else the file name without its date, or a bundle's folder",
                "permalink: the 'path' key, else /section/slug/",
                "draft: draft = true; front matter: TOML between +++ lines");
    }

    @Override
    public Optional<LocalDate> fileDate(String baseName) {
        return Dates.leadingDate(baseName);
    }

    @Override
    public String fileSlug(String relPath, String baseName) {
        String name = Hugo.bundleSlug(relPath, baseName).orElse(baseName);
        return Permalinks.urlize(Dates.withoutLeadingDate(name));
    }

    @Override
    public boolean draftByPath(String relPath) {
        return false;
    }

    @Override
    public List<String> urlKeys() {
        return List.of("path");
    }

    @Override
    public boolean authorsAsWords() {
        return false;
    }

    @Override
    public Optional<String> permalink(Optional<String> explicit, PostPath post, SiteConfig config,
                                      Map<String, Object> values) {
        if (explicit.isPresent()) {
            return Optional.of(Mynt.collapse("/" + explicit.get() + "/"));
        }
        return Optional.of(Mynt.collapse("/" + sectionPath(post.relPath(), "content/") + "/"
                + Permalinks.urlize(post.slug()) + "/"));
    }

    /** The folders between {@code prefix} and the file, a bundle's own folder left out. */
    static String sectionPath(String relPath, String prefix) {
        String p = relPath.startsWith(prefix) ? relPath.substring(prefix.length()) : relPath;
        int slash = p.lastIndexOf('/');
        String dir = slash > 0 ? p.substring(0, slash) : "";
        String name = p.substring(slash + 1);
        if (name.startsWith("index.") && dir.contains("/")) {
            return dir.substring(0, dir.lastIndexOf('/'));
        }
        return name.startsWith("index.") ? "" : dir;
    }
}
