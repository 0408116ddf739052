package io.meetkit.markdown.internal.site;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Site;
import io.meetkit.markdown.internal.Limits;
import io.meetkit.markdown.internal.SiteConfig;
import io.meetkit.markdown.internal.Values;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * mynt: {@code config.yml} (not Jekyll's {@code _config.yml}) beside {@code _posts/}, whose files (also in year
 * folders) are named {@code YYYY-MM-DD-slug.md}; {@code posts_url} default {@code /<year>/<month>/<day>/<title>/}.
 */
public final class Mynt implements Conventions {

    @Override
    public String name() {
        return "mynt";
    }

    @Override
    public boolean isRoot(Path dir) {
        return Generators.hasFile(dir, "config.yml", "config.yaml") && !Generators.hasFile(dir, Jekyll.CONFIG_FILES)
                && Files.isDirectory(dir.resolve("_posts"));
    }

    @Override
    public SiteConfig readConfig(Path root, Site given, Limits limits) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Object> config = Generators.firstFile(root, "config.yml", "config.yaml")
                .map(f -> SiteConfig.readFile(f, limits, diagnostics)).orElse(Map.of());
        Optional<String> domain = Values.text(config, "domain")
                .map(d -> d.contains("://") ? d : "https://" + d);
        Optional<URI> url = SiteConfig.baseUrl(domain, Values.text(config, "base_url"));
        Site site = SiteConfig.site(given, Values.text(config, "title"),
                Values.text(config, "description", "subtitle"), url,
                SiteConfig.zone(Values.text(config, "timezone"), root.resolve("config.yml").toString(), diagnostics),
                Values.text(config, "locale").map(l -> l.replace('_', '-')), SiteConfig.socialLinks(config),
                SiteConfig.logo(config, url));
        String permalink = Values.text(config, "posts_url").orElse("/<year>/<month>/<day>/<title>/");
        return new SiteConfig(this, Optional.of(root), site, permalink, Map.of(), "\n\n", List.of(), Map.of(),
                Map.of(), Map.of(), diagnostics);
    }

    @Override
    public List<Path> postFolders(SiteConfig config) {
        return List.of(config.root().orElseThrow().resolve("_posts"));
    }

    @Override
    public List<String> describe(SiteConfig config) {
        return List.of("posts: _posts/ (also in year folders)",
                "date: the 'date' key, else the YYYY-MM-DD- file-name prefix",
                "slug: the file name without its date",
                "permalink: posts_url '" + config.permalink() + "'",
                "front matter: YAML between --- lines");
    }

    @Override
    public Optional<String> permalink(Optional<String> explicit, PostPath post, SiteConfig config,
                                      Map<String, Object> values) {
        if (explicit.isPresent()) {
            return explicit;
        }
        Optional<ZonedDateTime> d = post.date();
        String path = config.permalink()
                .replace("<year>", d.map(x -> String.format(Locale.ROOT, "%04d", x.getYear())).orElse(""))
                .replace("<month>", d.map(x -> String.format(Locale.ROOT, "%02d", x.getMonthValue())).orElse(""))
                .replace("<day>", d.map(x -> String.format(Locale.ROOT, "%02d", x.getDayOfMonth())).orElse(""))
                .replace("<i_month>", d.map(x -> Integer.toString(x.getMonthValue())).orElse(""))
                .replace("<i_day>", d.map(x -> Integer.toString(x.getDayOfMonth())).orElse(""))
                .replace("<title>", post.slug());
        return Optional.of(collapse(path));
    }

    static String collapse(String path) {
        String p = path.replaceAll("/{2,}", "/");
        return p.startsWith("/") ? p : "/" + p;
    }
}
