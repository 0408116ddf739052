package io.meetkit.markdown.internal.site;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Site;
import io.meetkit.markdown.internal.Limits;
import io.meetkit.markdown.internal.SiteConfig;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * JBake: {@code jbake.properties} beside {@code content/} ({@code content.folder}); {@code key=value} headers closed
 * by {@code ~~~~~~}; {@code status=draft} marks drafts; a page's address is its path with {@code .html}, or a folder
 * with {@code uri.noExtension}; files of a {@code type} other than {@code post} are pages, never events.
 */
public final class JBake implements Conventions {

    @Override
    public String name() {
        return "JBake";
    }

    @Override
    public boolean isRoot(Path dir) {
        return Generators.hasFile(dir, "jbake.properties");
    }

    @Override
    public SiteConfig readConfig(Path root, Site given, Limits limits) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Path file = root.resolve("jbake.properties");
        Properties p = new Properties();
        try {
            p.load(new StringReader(Generators.text(file)));
        } catch (IOException | IllegalArgumentException e) {
            diagnostics.add(Diagnostic.error(file.toString(), 1, 1, "cannot read jbake.properties: "
                    + e.getMessage()));
        }
        Optional<URI> url = SiteConfig.baseUrl(Optional.ofNullable(p.getProperty("site.host"))
                .filter(s -> s.contains("://")), Optional.empty());
        Site site = SiteConfig.site(given, Optional.ofNullable(p.getProperty("site.title"))
                        .or(() -> Optional.ofNullable(p.getProperty("blog.title"))),
                Optional.ofNullable(p.getProperty("site.description")), url,
                SiteConfig.zone(Optional.ofNullable(p.getProperty("date.timezone")), file.toString(), diagnostics),
                Optional.ofNullable(p.getProperty("site.locale")), List.of());
        boolean noExtension = Boolean.parseBoolean(p.getProperty("uri.noExtension", "false"));
        Map<String, String> settings = Map.of("content", p.getProperty("content.folder", "content"),
                "noExtension", Boolean.toString(noExtension),
                "noExtensionPrefix", p.getProperty("uri.noExtension.prefix", ""));
        return new SiteConfig(this, Optional.of(root), site, "", Map.of(), "\n\n", List.of(), Map.of(), Map.of(),
                settings, diagnostics);
    }

    @Override
    public List<Path> postFolders(SiteConfig config) {
        return List.of(config.root().orElseThrow().resolve(config.settings().get("content")));
    }

    @Override
    public List<String> describe(SiteConfig config) {
        return List.of("posts: every Markdown file under " + config.settings().get("content") + "/",
                "date: the 'date' key (no file-name date)",
                "slug: the file name",
                "permalink: the path under content/ with .html"
                        + (config.settings().get("noExtension").equals("true") ? " (uri.noExtension: a folder)" : ""),
                "draft: status=draft; front matter: key=value lines closed by ~~~~~~",
                "type: only type=post (the default) can be an event; type=page and other types are pages");
    }

    /** JBake renders each file by its {@code type} template: only {@code post} (the default type) is a post. */
    @Override
    public boolean mayBeEvent(Map<String, Object> frontMatter) {
        Object type = frontMatter.get("type");
        return !(type instanceof String t) || t.isBlank() || t.strip().equalsIgnoreCase("post");
    }

    @Override
    public Optional<java.time.LocalDate> fileDate(String baseName) {
        return Optional.empty();
    }

    @Override
    public String fileSlug(String relPath, String baseName) {
        return baseName;
    }

    @Override
    public boolean draftByPath(String relPath) {
        return false;
    }

    @Override
    public List<String> urlKeys() {
        return List.of("uri");
    }

    @Override
    public boolean authorsAsWords() {
        return false;
    }

    @Override
    public Optional<String> permalink(Optional<String> explicit, PostPath post, SiteConfig config,
                                      Map<String, Object> values) {
        if (explicit.isPresent()) {
            return Optional.of(Mynt.collapse(explicit.get()));
        }
        String prefix = config.settings().get("content") + "/";
        String rel = post.relPath().startsWith(prefix) ? post.relPath().substring(prefix.length()) : post.relPath();
        String stem = rel.contains(".") ? rel.substring(0, rel.lastIndexOf('.')) : rel;
        String noExtPrefix = config.settings().get("noExtensionPrefix");
        if (config.settings().get("noExtension").equals("true")
                && (noExtPrefix.isEmpty() || ("/" + stem).startsWith(noExtPrefix))) {
            return Optional.of(Mynt.collapse("/" + stem + "/"));
        }
        return Optional.of(Mynt.collapse("/" + stem + ".html"));
    }
}
