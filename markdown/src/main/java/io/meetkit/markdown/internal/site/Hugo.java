package io.meetkit.markdown.internal.site;

import io.meetkit.core.Author;
import io.meetkit.core.Diagnostic;
import io.meetkit.core.Link;
import io.meetkit.core.Site;
import io.meetkit.markdown.internal.Dates;
import io.meetkit.markdown.internal.Limits;
import io.meetkit.markdown.internal.Permalinks;
import io.meetkit.markdown.internal.SiteConfig;
import io.meetkit.markdown.internal.Values;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hugo: {@code hugo.toml|yaml|json} or {@code config.*} beside {@code content/}; every page under {@code content/}
 * is read, leaf bundles ({@code post/index.md}) named by their folder, {@code _index.md} section pages skipped;
 * {@code permalinks} by section; {@code data/}.
 */
public final class Hugo implements Conventions {

    static final String[] CONFIG_FILES = {"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml",
        "config.yaml", "config.yml", "config.json"};

    @Override
    public String name() {
        return "Hugo";
    }

    @Override
    public boolean isRoot(Path dir) {
        return Generators.hasFile(dir, CONFIG_FILES)
                && (Files.isDirectory(dir.resolve("content")) || Files.isDirectory(dir.resolve("_posts")));
    }

    @Override
    public SiteConfig readConfig(Path root, Site given, Limits limits) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Object> config = Generators.firstFile(root, CONFIG_FILES)
                .map(f -> SiteConfig.readFile(f, limits, diagnostics)).orElse(Map.of());
        Map<String, Object> params = Values.map(config.get("params")).orElse(Map.of());
        Optional<String> title = Values.text(config, "title");
        Optional<String> description = Values.text(params, "description").or(() -> Values.text(config,
                "description"));
        Optional<URI> url = SiteConfig.baseUrl(Values.text(config, "baseURL", "baseurl"), Optional.empty());
        Optional<ZoneId> zone = SiteConfig.zone(Values.text(config, "timeZone", "timezone"), root.toString(),
                diagnostics);
        Optional<String> language = Values.text(config, "languageCode", "defaultContentLanguage");
        List<Link> links = new ArrayList<>(SiteConfig.socialLinks(config));
        for (Link l : SiteConfig.socialLinks(params)) {
            if (!links.contains(l)) {
                links.add(l);
            }
        }
        Site site = SiteConfig.site(given, title, description, url, zone, language, links,
                SiteConfig.logo(params, url).or(() -> SiteConfig.logo(config, url)));
        Map<String, String> permalinks = new LinkedHashMap<>();
        Values.map(config.get("permalinks")).ifPresent(m -> m.forEach((section, pattern) ->
                Values.text(pattern).ifPresent(p -> permalinks.put(section, p))));
        Map<String, Object> data = SiteConfig.readDataFolder(root.resolve("data"), limits, diagnostics);
        Map<String, Author> authors = SiteConfig.authorsFromData(data, url);
        return new SiteConfig(this, Optional.of(root), site, "", permalinks, "<!--more-->", List.of(), authors, data,
                Map.of(), diagnostics);
    }

    @Override
    public List<Path> postFolders(SiteConfig config) {
        Path root = config.root().orElseThrow();
        if (Files.isDirectory(root.resolve("content"))) {
            return List.of(root.resolve("content"));
        }
        return Jekyll.postsAndDrafts(root, "_posts", "_drafts");
    }

    @Override
    public boolean isPost(String relPath) {
        return !relPath.endsWith("/_index.md") && !relPath.endsWith("/_index.markdown")
                && Conventions.super.isPost(relPath);
    }

    @Override
    public List<String> describe(SiteConfig config) {
        return List.of("posts: every page under content/ (_index.md section pages skipped)",
                "date: date, publishDate, pubdate, published, lastmod or modified, else a YYYY-MM-DD- file name",
                "slug: the 'slug' key, else the file name, or the folder of a page bundle's index.md",
                "permalink: the 'url' key, else the section's pattern " + config.hugoPermalinks()
                        + ", else /section/slug/",
                "draft: draft: true; front matter: YAML (---), TOML (+++) or JSON ({ })");
    }

    @Override
    public List<String> dateKeys() {
        return List.of("date", "publishDate", "pubdate", "published", "lastmod", "modified");
    }

    @Override
    public String fileSlug(String relPath, String baseName) {
        return bundleSlug(relPath, baseName).orElseGet(() -> Conventions.super.fileSlug(relPath, baseName));
    }

    /** A page bundle's {@code index.md} is named by its folder. */
    static Optional<String> bundleSlug(String relPath, String baseName) {
        if (baseName.equals("index") || baseName.equals("_index")) {
            String[] parts = relPath.split("/");
            if (parts.length >= 2) {
                return Optional.of(parts[parts.length - 2]);
            }
        }
        return Optional.empty();
    }

    @Override
    public List<String> urlKeys() {
        return List.of("url");
    }

    @Override
    public boolean authorsAsWords() {
        return false;
    }

    @Override
    public boolean summaryIsExcerpt() {
        return true;
    }

    @Override
    public Optional<String> permalink(Optional<String> explicit, PostPath post, SiteConfig config,
                                      Map<String, Object> values) {
        if (explicit.isPresent()) {
            return explicit;
        }
        String section = section(post.relPath());
        if (config.hugoPermalinks().containsKey(section)) {
            return Optional.of(Permalinks.hugo(config.hugoPermalinks().get(section), post.slug(), post.title(),
                    section, post.date(), post.baseName()));
        }
        return Optional.of((section.isEmpty() ? "" : "/" + section) + "/" + Permalinks.urlize(post.slug()) + "/");
    }

    /** The first folder under {@code content/}. */
    static String section(String relPath) {
        String p = relPath.startsWith("content/") ? relPath.substring("content/".length()) : relPath;
        int slash = p.indexOf('/');
        return slash > 0 ? p.substring(0, slash) : "";
    }

}
