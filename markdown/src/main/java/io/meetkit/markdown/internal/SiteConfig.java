package io.meetkit.markdown.internal;

import io.meetkit.core.Author;
import io.meetkit.core.Diagnostic;
import io.meetkit.core.Link;
import io.meetkit.core.Site;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.toml.TomlFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * What a site's configuration tells about its posts: the {@link Site}, the permalink style, Jekyll's front-matter
 * defaults, the authors and the data files.
 *
 * @param kind             which generator the site is for
 * @param root             the site's root folder, empty for lone files
 * @param site             the site model
 * @param permalink        the site-wide permalink style or template (Jekyll), or Hugo's per-section patterns
 * @param hugoPermalinks   Hugo's permalink patterns by section
 * @param excerptSeparator Jekyll's excerpt separator, by default a blank line
 * @param defaults         Jekyll's front-matter defaults, in file order
 * @param authors          authors by user name
 * @param data             data files by name
 * @param diagnostics      problems met while reading the configuration
 */
public record SiteConfig(Kind kind, Optional<Path> root, Site site, String permalink,
                         Map<String, String> hugoPermalinks, String excerptSeparator, List<Scope> defaults,
                         Map<String, Author> authors, Map<String, Object> data, List<Diagnostic> diagnostics) {

    /** The static-site generator a site is written for. */
    public enum Kind { NONE, JEKYLL, HUGO }

    /** One entry of Jekyll's {@code defaults:}: a path prefix and type it applies to, and its values. */
    public record Scope(String path, String type, Map<String, Object> values) {
    }

    private static final List<String> JEKYLL_FILES = List.of("_config.yml", "_config.yaml");
    private static final List<String> HUGO_FILES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
            "config.toml", "config.yaml", "config.yml", "config.json");

    /** The configuration of a lone file: nothing but the given site. */
    public static SiteConfig none(Site site) {
        return new SiteConfig(Kind.NONE, Optional.empty(), site, "date", Map.of(), "\n\n", List.of(), Map.of(),
                Map.of(), List.of());
    }

    /** Whether {@code dir} is the root of a Jekyll or Hugo site. */
    public static boolean isSiteRoot(Path dir) {
        return Stream.concat(JEKYLL_FILES.stream(), HUGO_FILES.stream())
                .anyMatch(name -> Files.isRegularFile(dir.resolve(name)))
                && (Files.isDirectory(dir.resolve("_posts")) || Files.isDirectory(dir.resolve("content"))
                    || JEKYLL_FILES.stream().anyMatch(n -> Files.isRegularFile(dir.resolve(n))));
    }

    /** The site root at or above {@code path}, looking up at most a few levels. */
    public static Optional<Path> findRoot(Path path) {
        Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        for (int i = 0; dir != null && i < 6; i++, dir = dir.getParent()) {
            if (isSiteRoot(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the configuration of the site at {@code root}; {@code given} supplies what the configuration leaves
     * out (a time zone chosen by the caller).
     */
    public static SiteConfig read(Path root, Site given, Limits limits) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (String name : JEKYLL_FILES) {
            Path file = root.resolve(name);
            if (Files.isRegularFile(file)) {
                Map<String, Object> config = readFile(file, limits, diagnostics);
                return jekyll(root, config, given, limits, diagnostics);
            }
        }
        for (String name : HUGO_FILES) {
            Path file = root.resolve(name);
            if (Files.isRegularFile(file)) {
                Map<String, Object> config = readFile(file, limits, diagnostics);
                return hugo(root, config, given, limits, diagnostics);
            }
        }
        return none(given);
    }

    private static SiteConfig jekyll(Path root, Map<String, Object> config, Site given, Limits limits,
                                     List<Diagnostic> diagnostics) {
        String source = root.resolve("_config.yml").toString();
        Optional<String> title = Values.text(config, "title", "name");
        Optional<String> description = Values.text(config, "description", "tagline");
        Optional<URI> url = baseUrl(Values.text(config, "url"), Values.text(config, "baseurl"));
        Optional<ZoneId> zone = zone(Values.text(config, "timezone"), source, diagnostics);
        Optional<String> language = Values.text(config, "lang", "language", "locale");
        List<Link> links = socialLinks(config);
        Site site = new Site(title.or(given::title), description.or(given::description), url.or(given::url),
                zone.or(given::timeZone), language.or(given::language), links.isEmpty() ? given.links() : links);
        String permalink = Values.text(config, "permalink").orElse("date");
        String separator = Values.text(config.get("excerpt_separator")).orElse("\n\n");
        List<Scope> defaults = new ArrayList<>();
        if (config.get("defaults") instanceof List<?> list) {
            for (Object item : list) {
                Values.map(item).ifPresent(entry -> {
                    Map<String, Object> scope = Values.map(entry.get("scope")).orElse(Map.of());
                    Map<String, Object> values = Values.map(entry.get("values")).orElse(Map.of());
                    defaults.add(new Scope(Values.text(scope.get("path")).orElse(""),
                            Values.text(scope.get("type")).orElse(""), values));
                });
            }
        }
        Map<String, Object> data = readDataFolder(root.resolve("_data"), limits, diagnostics);
        Map<String, Author> authors = new LinkedHashMap<>();
        Values.map(data.get("authors")).ifPresent(m -> m.forEach((key, value) ->
                authors.put(key, author(key, Values.map(value).orElse(Map.of()), url))));
        Path authorsDir = root.resolve("_authors");
        if (Files.isDirectory(authorsDir)) {
            for (Path file : sortedFiles(authorsDir)) {
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
                    authors.putIfAbsent(key, author(key, fm.values(), url));
                } catch (IOException | RuntimeException e) {
                    diagnostics.add(Diagnostic.error(file.toString(), 1, 1, "cannot read author file: "
                            + e.getMessage()));
                }
            }
        }
        return new SiteConfig(Kind.JEKYLL, Optional.of(root), site, permalink, Map.of(), separator,
                List.copyOf(defaults), Map.copyOf(authors), data, List.copyOf(diagnostics));
    }

    private static SiteConfig hugo(Path root, Map<String, Object> config, Site given, Limits limits,
                                   List<Diagnostic> diagnostics) {
        Map<String, Object> params = Values.map(config.get("params")).orElse(Map.of());
        Optional<String> title = Values.text(config, "title");
        Optional<String> description = Values.text(params, "description").or(() -> Values.text(config,
                "description"));
        Optional<URI> url = baseUrl(Values.text(config, "baseURL", "baseurl"), Optional.empty());
        Optional<ZoneId> zone = zone(Values.text(config, "timeZone", "timezone"), root.toString(), diagnostics);
        Optional<String> language = Values.text(config, "languageCode", "defaultContentLanguage");
        List<Link> links = new ArrayList<>(socialLinks(config));
        for (Link l : socialLinks(params)) {
            if (!links.contains(l)) {
                links.add(l);
            }
        }
        Site site = new Site(title.or(given::title), description.or(given::description), url.or(given::url),
                zone.or(given::timeZone), language.or(given::language), links.isEmpty() ? given.links() : links);
        Map<String, String> permalinks = new LinkedHashMap<>();
        Values.map(config.get("permalinks")).ifPresent(m -> m.forEach((section, pattern) ->
                Values.text(pattern).ifPresent(p -> permalinks.put(section, p))));
        Map<String, Object> data = readDataFolder(root.resolve("data"), limits, diagnostics);
        Map<String, Author> authors = new LinkedHashMap<>();
        Values.map(data.get("authors")).ifPresent(m -> m.forEach((key, value) ->
                authors.put(key, author(key, Values.map(value).orElse(Map.of()), url))));
        return new SiteConfig(Kind.HUGO, Optional.of(root), site, "", Map.copyOf(permalinks), "<!--more-->",
                List.of(), Map.copyOf(authors), data, List.copyOf(diagnostics));
    }

    private static Author author(String key, Map<String, Object> values, Optional<URI> siteUrl) {
        String name = Values.text(values, "name", "display_name", "title").orElse(key);
        List<Link> links = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            profile(e.getKey(), e.getValue()).ifPresent(l -> {
                if (!links.contains(l)) {
                    links.add(l);
                }
            });
        }
        Optional<URI> image = Values.text(values, "avatar", "image", "logo", "picture")
                .flatMap(SiteConfig::uri).map(u -> siteUrl.filter(b -> !u.isAbsolute()).map(b -> b.resolve(u))
                        .orElse(u));
        return new Author(name, Optional.of(key), links, image);
    }

    private static final Map<String, String> PROFILE_BASES = Map.ofEntries(
            Map.entry("twitter", "https://twitter.com/"), Map.entry("x", "https://twitter.com/"),
            Map.entry("github", "https://github.com/"), Map.entry("gitlab", "https://gitlab.com/"),
            Map.entry("linkedin", "https://www.linkedin.com/in/"), Map.entry("facebook", "https://www.facebook.com/"),
            Map.entry("instagram", "https://www.instagram.com/"), Map.entry("youtube", "https://www.youtube.com/"),
            Map.entry("telegram", "https://t.me/"), Map.entry("meetup", "https://www.meetup.com/"),
            Map.entry("discord", "https://discord.gg/"), Map.entry("mastodon", ""),
            Map.entry("website", ""), Map.entry("url", ""), Map.entry("homepage", ""), Map.entry("web", ""),
            Map.entry("mailing_list", ""), Map.entry("mailinglist", ""), Map.entry("email", "mailto:"));

    /** A profile link from a key like {@code twitter_username: jane} or {@code github: https://github.com/jane}. */
    static Optional<Link> profile(String key, Object value) {
        Optional<String> text = Values.text(value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String k = key.toLowerCase(Locale.ROOT).replace("_username", "").replace("-username", "")
                .replace("_url", "").replace("_handle", "");
        String base = PROFILE_BASES.get(k);
        if (base == null) {
            return Optional.empty();
        }
        String v = text.get();
        if (v.matches("(?i)(https?://|mailto:).*")) {
            return safeLink(v, k);
        }
        if (k.equals("mastodon") && v.matches("@?[\\w.]+@[\\w.-]+\\.[a-z]{2,}")) {
            String[] parts = v.replaceFirst("^@", "").split("@");
            return safeLink("https://" + parts[1] + "/@" + parts[0], k);
        }
        if (k.equals("email") && v.contains("@")) {
            return safeLink("mailto:" + v, k);
        }
        if (base.isEmpty()) {
            return v.contains(".") ? safeLink("https://" + v, k) : Optional.empty();
        }
        return safeLink(base + v.replaceFirst("^@", ""), k);
    }

    private static Optional<Link> safeLink(String url, String label) {
        try {
            return Optional.of(Link.of(Link.parseUri(url), label));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<Link> socialLinks(Map<String, Object> config) {
        List<Link> links = new ArrayList<>();
        for (Map.Entry<String, Object> e : config.entrySet()) {
            profile(e.getKey(), e.getValue()).filter(l -> e.getKey().toLowerCase(Locale.ROOT).contains("_username")
                    || e.getKey().equalsIgnoreCase("mastodon")).ifPresent(links::add);
            String k = e.getKey().toLowerCase(Locale.ROOT);
            if (k.equals("social") || k.equals("social_links") || k.equals("socials") || k.equals("twitter")) {
                collectSocial(e.getValue(), k, links);
            }
        }
        return links.stream().distinct().toList();
    }

    private static void collectSocial(Object value, String key, List<Link> links) {
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String k = String.valueOf(e.getKey());
                if (k.equals("links")) {
                    collectSocial(e.getValue(), k, links);
                } else if (k.equals("username") && key.equals("twitter")) {
                    profile("twitter", e.getValue()).ifPresent(links::add);
                } else {
                    profile(k, e.getValue()).ifPresent(links::add);
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> m) {
                    Object u = m.get("url");
                    Values.text(u).filter(s -> s.startsWith("http")).flatMap(s -> safeLink(s,
                            Values.text(m.get("name")).orElse(Values.text(m.get("title")).orElse("link"))))
                            .ifPresent(links::add);
                } else {
                    Values.text(item).filter(s -> s.startsWith("http")).flatMap(s -> safeLink(s, "link"))
                            .ifPresent(links::add);
                }
            }
        } else if (key.equals("twitter")) {
            profile("twitter", value).ifPresent(links::add);
        }
    }

    private static Optional<URI> baseUrl(Optional<String> url, Optional<String> baseurl) {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String joined = url.get().replaceAll("/+$", "") + "/" + baseurl.orElse("").replaceAll("^/+|/+$", "");
        if (!joined.endsWith("/")) {
            joined += "/";
        }
        return uri(joined).filter(URI::isAbsolute);
    }

    private static Optional<URI> uri(String s) {
        try {
            return Optional.of(new URI(s.strip()));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneId> zone(Optional<String> id, String source, List<Diagnostic> diagnostics) {
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.get()));
        } catch (DateTimeException e) {
            diagnostics.add(Diagnostic.warning(source, 1, 1, "unknown time zone '" + id.get()
                    + "'; dates are read in the default zone").withKey("timezone"));
            return Optional.empty();
        }
    }

    private static Map<String, Object> readDataFolder(Path dir, Limits limits, List<Diagnostic> diagnostics) {
        if (!Files.isDirectory(dir)) {
            return Map.of();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (Path file : sortedFiles(dir)) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot <= 0) {
                continue;
            }
            String base = name.substring(0, dot);
            String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
            switch (ext) {
                case "yml", "yaml", "json", "toml" -> {
                    Object value = readAny(file, ext, limits, diagnostics);
                    if (value != null) {
                        data.put(base, value);
                    }
                }
                case "csv" -> {
                    try {
                        data.put(base, Csv.read(Files.readString(file, StandardCharsets.UTF_8)));
                    } catch (IOException e) {
                        diagnostics.add(Diagnostic.error(file.toString(), 1, 1, "cannot read data file: "
                                + e.getMessage()));
                    }
                }
                default -> { }
            }
        }
        return Map.copyOf(data);
    }

    private static List<Path> sortedFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Map<String, Object> readFile(Path file, Limits limits, List<Diagnostic> diagnostics) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        Object value = readAny(file, ext, limits, diagnostics);
        return Values.map(value).orElse(Map.of());
    }

    /** Reads a YAML, TOML or JSON file whose top level may be a map or a list; null after a diagnostic. */
    private static Object readAny(Path file, String ext, Limits limits, List<Diagnostic> diagnostics) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(file.toString(), 1, 1, "cannot read file: " + e.getMessage()));
            return null;
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        TokenStreamFactory factory = switch (ext) {
            case "toml" -> TomlFactory.builder().build();
            case "json" -> JsonFactory.builder().build();
            default -> YAMLFactory.builder().build();
        };
        // A list at the top level (common in _data) is wrapped so the reader, which expects a map, can read it.
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), new StringReader(text))) {
            TreeReader reader = new TreeReader(parser, limits, 0);
            return reader.readAnyDocument();
        } catch (FrontMatterException e) {
            diagnostics.add(Diagnostic.error(file.toString(), e.line, e.column, e.getMessage()));
        } catch (JacksonException e) {
            diagnostics.add(Diagnostic.error(file.toString(), 1, 1, "not valid: " + TreeReader.cleanMessage(e)));
        }
        return null;
    }
}
