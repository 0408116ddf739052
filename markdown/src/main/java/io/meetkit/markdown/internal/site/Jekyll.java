package io.meetkit.markdown.internal.site;

import io.meetkit.core.Author;
import io.meetkit.core.Diagnostic;
import io.meetkit.core.Link;
import io.meetkit.core.Site;
import io.meetkit.markdown.internal.FrontMatter;
import io.meetkit.markdown.internal.Limits;
import io.meetkit.markdown.internal.Permalinks;
import io.meetkit.markdown.internal.SiteConfig;
import io.meetkit.markdown.internal.Values;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Jekyll: {@code _config.yml}; posts in {@code _posts/} and {@code _drafts/} folders (also under category folders)
 * named {@code YYYY-MM-DD-slug.md}; {@code permalink} styles and templates; {@code defaults:}; {@code _data/} and
 * {@code _authors/}.
 */
public final class Jekyll implements Conventions {

    static final String[] CONFIG_FILES = {"_config.yml", "_config.yaml"};

    @Override
    public String name() {
        return "Jekyll";
    }

    @Override
    public boolean isRoot(Path dir) {
        return Generators.hasFile(dir, CONFIG_FILES);
    }

    @Override
    public SiteConfig readConfig(Path root, Site given, Limits limits) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Object> config = Generators.firstFile(root, CONFIG_FILES)
                .map(f -> SiteConfig.readFile(f, limits, diagnostics)).orElse(Map.of());
        String source = root.resolve("_config.yml").toString();
        Optional<String> title = Values.text(config, "title", "name");
        Optional<String> description = Values.text(config, "description", "tagline");
        Optional<URI> url = SiteConfig.baseUrl(Values.text(config, "url"), Values.text(config, "baseurl"));
        Optional<ZoneId> zone = SiteConfig.zone(Values.text(config, "timezone"), source, diagnostics);
        Optional<String> language = Values.text(config, "lang", "language", "locale",
                "languageCode");
        List<Link> links = SiteConfig.socialLinks(config);
        Site site = SiteConfig.site(given, title, description, url, zone, language, links,
                SiteConfig.logo(config, url));
        String permalink = Values.text(config, "permalink").orElse("date");
        String separator = Values.text(config.get("excerpt_separator")).orElse("\n\n");
        List<SiteConfig.Scope> defaults = new ArrayList<>();
        if (config.get("defaults") instanceof List<?> list) {
            for (Object item : list) {
                Values.map(item).ifPresent(entry -> {
                    Map<String, Object> scope = Values.map(entry.get("scope")).orElse(Map.of());
                    Map<String, Object> values = Values.map(entry.get("values")).orElse(Map.of());
                    defaults.add(new SiteConfig.Scope(Values.text(scope.get("path")).orElse(""),
                            Values.text(scope.get("type")).orElse(""), values));
                });
            }
        }
        Map<String, Object> data = SiteConfig.readDataFolder(root.resolve("_data"), limits, diagnostics);
        Map<String, Author> authors = SiteConfig.authorsFromData(data, url);
        readAuthorPages(root.resolve("_authors"), url, limits, authors, diagnostics);
        return new SiteConfig(this, Optional.of(root), site, permalink, Map.of(), separator, defaults, authors, data,
                Map.of(), diagnostics);
    }

    /** Jekyll's {@code _authors/} collection: one page per author, keyed by user name. */
    static void readAuthorPages(Path authorsDir, Optional<URI> url, Limits limits, Map<String, Author> authors,
                                List<Diagnostic> diagnostics) {
        if (!Files.isDirectory(authorsDir)) {
            return;
        }
        for (Path file : SiteConfig.sortedFiles(authorsDir)) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".md") && !name.endsWith(".markdown")) {
                continue;
            }
            try {
                FrontMatter fm = FrontMatter.read(Files.readString(file, StandardCharsets.UTF_8),
                        file.toString(), limits);
                fm.error().ifPresent(diagnostics::add);
                String key = Values.text(fm.values(), "username", "slug")
                        .orElse(name.substring(0, name.lastIndexOf('.')));
                authors.putIfAbsent(key, SiteConfig.author(key, fm.values(), url));
            } catch (IOException | RuntimeException e) {
                diagnostics.add(Diagnostic.error(file.toString(), 1, 1, "cannot read author file: "
                        + e.getMessage()));
            }
        }
    }

    @Override
    public List<Path> postFolders(SiteConfig config) {
        return postsAndDrafts(config.root().orElseThrow(), "_posts", "_drafts");
    }

    /** The names Jekyll reads in {@code _posts}: a date, a title and an extension; drafts need no date. */
    private static final Pattern POST_NAME = Pattern.compile("\\d{2,4}-\\d{1,2}-\\d{1,2}-[^/]*\\.[^./]+");

    /**
     * Jekyll skips a file in {@code _posts} whose name does not start with a date (a {@code yyyy-mm-dd-template.md}
     * kept there to copy from), so meetkit does too.
     */
    @Override
    public boolean isPost(String relPath) {
        String name = relPath.substring(relPath.lastIndexOf('/') + 1);
        boolean inPosts = ("/" + relPath).contains("/_posts/");
        return (!inPosts || POST_NAME.matcher(name).matches()) && Conventions.super.isPost(relPath);
    }

    /** Every folder of these names up to four levels below {@code root}, outside hidden and build folders. */
    static List<Path> postsAndDrafts(Path root, String... names) {
        List<String> wanted = List.of(names);
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, 4)) {
            walk.filter(Files::isDirectory)
                    .filter(p -> p.getFileName() != null && wanted.contains(p.getFileName().toString()))
                    .filter(p -> !hidden(root, p))
                    .sorted()
                    .forEach(out::add);
        } catch (IOException | UncheckedIOException e) {
            return out;
        }
        return out;
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (Generators.skipped(part.toString())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> describe(SiteConfig config) {
        return List.of("posts: _posts/ and _drafts/ folders (drafts are marked as drafts)",
                "date: the 'date' key, else the YYYY-MM-DD- file-name prefix",
                "slug: the file name without its date",
                "permalink: '" + config.permalink() + "' (the 'permalink' key overrides it)",
                "front matter: YAML between --- lines; _config.yml defaults: " + config.defaults().size());
    }

    @Override
    public List<String> pathCategories(String relPath) {
        List<String> out = new ArrayList<>();
        String[] parts = relPath.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].equals("_posts") || parts[i].equals("_drafts")) {
                break;
            }
            if (!parts[i].isEmpty() && !parts[i].equals(".")) {
                out.add(parts[i]);
            }
        }
        return out;
    }

    @Override
    public Optional<String> permalink(Optional<String> explicit, PostPath post, SiteConfig config,
                                      Map<String, Object> values) {
        return Optional.of(Permalinks.jekyll(explicit.orElse(config.permalink()), post.slug(), post.date(),
                post.categories()));
    }
}
