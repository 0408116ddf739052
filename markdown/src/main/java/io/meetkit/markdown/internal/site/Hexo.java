package io.meetkit.markdown.internal.site;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Site;
import io.meetkit.markdown.internal.Limits;
import io.meetkit.markdown.internal.Permalinks;
import io.meetkit.markdown.internal.SiteConfig;
import io.meetkit.markdown.internal.Values;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hexo: {@code _config.yml} with {@code source/_posts/} (or a {@code package.json} naming hexo); file names
 * {@code YYYY-M-D-slug.md} with unpadded months and days; front matter may leave out its opening {@code ---};
 * {@code permalink} default {@code :year/:month/:day/:title/}; {@code source/_data/}.
 */
public final class Hexo implements Conventions {

    @Override
    public String name() {
        return "Hexo";
    }

    @Override
    public boolean isRoot(Path dir) {
        if (!Generators.hasFile(dir, Jekyll.CONFIG_FILES)) {
            return false;
        }
        if (Files.isDirectory(dir.resolve("source/_posts"))) {
            return true;
        }
        Path pkg = dir.resolve("package.json");
        return Files.isRegularFile(pkg) && Generators.text(pkg).contains("\"hexo\"");
    }

    @Override
    public SiteConfig readConfig(Path root, Site given, Limits limits) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Object> config = Generators.firstFile(root, Jekyll.CONFIG_FILES)
                .map(f -> SiteConfig.readFile(f, limits, diagnostics)).orElse(Map.of());
        Optional<URI> url = SiteConfig.baseUrl(Values.text(config, "url"), Values.text(config, "root"));
        Site site = SiteConfig.site(given, Values.text(config, "title"),
                Values.text(config, "description", "subtitle"), url,
                SiteConfig.zone(Values.text(config, "timezone"), root.resolve("_config.yml").toString(),
                        diagnostics),
                Values.text(config, "language"), SiteConfig.socialLinks(config), SiteConfig.logo(config, url));
        String permalink = Values.text(config, "permalink").orElse(":year/:month/:day/:title/");
        Map<String, Object> data = SiteConfig.readDataFolder(root.resolve("source/_data"), limits, diagnostics);
        return new SiteConfig(this, Optional.of(root), site, permalink, Map.of(), "<!-- more -->", List.of(),
                SiteConfig.authorsFromData(data, url), data, Map.of(), diagnostics);
    }

    @Override
    public List<Path> postFolders(SiteConfig config) {
        Path source = config.root().orElseThrow().resolve("source");
        return List.of(source.resolve("_posts"), source.resolve("_drafts")).stream().filter(Files::isDirectory)
                .toList();
    }

    @Override
    public List<String> describe(SiteConfig config) {
        return List.of("posts: source/_posts/ (source/_drafts/ are drafts)",
                "date: the 'date' key, else the YYYY-M-D- file-name prefix (months and days may be unpadded)",
                "slug: the file name without its date",
                "permalink: '" + config.permalink() + "' (the 'permalink' key overrides it)",
                "front matter: YAML, the opening --- may be left out");
    }

    @Override
    public boolean openFrontMatter() {
        return true;
    }

    @Override
    public Optional<String> permalink(Optional<String> explicit, PostPath post, SiteConfig config,
                                      Map<String, Object> values) {
        String template = explicit.orElse(config.permalink())
                .replace(":post_title", Permalinks.urlize(post.title()))
                .replace(":category", String.join("/", post.categories()))
                .replace(":name", post.slug());
        return Optional.of(Permalinks.jekyll(template, post.slug(), post.date(), post.categories()));
    }
}
