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
import io.meetkit.markdown.internal.site.Conventions;
import io.meetkit.markdown.internal.site.Generators;
import io.meetkit.markdown.internal.site.LoneFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.toml.TomlFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * What a site's configuration tells about its posts: the generator's conventions, the {@link Site}, the permalink
 * style, Jekyll's front-matter defaults, the authors and the data files.
 *
 * @param conventions      the rules of the generator the site is built with
 * @param root             the site's root folder, empty for lone files
 * @param site             the site model
 * @param permalink        the site-wide permalink style or template (Jekyll, Hexo, mynt, Pelican)
 * @param hugoPermalinks   permalink patterns by section (Hugo)
 * @param excerptSeparator the excerpt separator, by default a blank line
 * @param defaults         front-matter defaults by path (Jekyll's {@code defaults:}, Eleventy's directory data)
 * @param authors          authors by user name
 * @param data             data files by name
 * @param settings         other values of the configuration a generator's rules need (e.g. Eleventy's input
 *                         folder), by name
 * @param diagnostics      problems met while reading the configuration
 */
public record SiteConfig(Conventions conventions, Optional<Path> root, Site site, String permalink,
                         Map<String, String> hugoPermalinks, String excerptSeparator, List<Scope> defaults,
                         Map<String, Author> authors, Map<String, Object> data, Map<String, String> settings,
                         List<Diagnostic> diagnostics) {

    /** One entry of Jekyll's {@code defaults:}: a path prefix and type it applies to, and its values. */
    public record Scope(String path, String type, Map<String, Object> values) {
    }

    public SiteConfig {
        hugoPermalinks = Map.copyOf(hugoPermalinks);
        defaults = List.copyOf(defaults);
        authors = Map.copyOf(authors);
        settings = Map.copyOf(settings);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A site of {@code conventions} at {@code root} with the rest left at its defaults. */
    public static SiteConfig of(Conventions conventions, Path root, Site site, String permalink,
                                Map<String, Object> data, Map<String, String> settings,
                                List<Diagnostic> diagnostics) {
        return new SiteConfig(conventions, Optional.of(root), site, permalink, Map.of(), "\n\n", List.of(),
                authorsFromData(data, site.url()), data, settings, diagnostics);
    }

    /** The configuration of a lone file: nothing but the given site. */
    public static SiteConfig none(Site site) {
        return new SiteConfig(LoneFile.INSTANCE, Optional.empty(), site, "date", Map.of(), "\n\n", List.of(),
                Map.of(), Map.of(), Map.of(), List.of());
    }

    /** A copy describing another site. */
    public SiteConfig withSite(Site site) {
        return new SiteConfig(conventions, root, site, permalink, hugoPermalinks, excerptSeparator, defaults,
                authors, data, settings, diagnostics);
    }

    /** A copy with other front-matter defaults. */
    public SiteConfig withDefaults(List<Scope> defaults) {
        return new SiteConfig(conventions, root, site, permalink, hugoPermalinks, excerptSeparator, defaults,
                authors, data, settings, diagnostics);
    }

    /** The site root at or above {@code path}, or else just below a folder given as a whole site. */
    public static Optional<Path> findRoot(Path path) {
        return Generators.findRoot(path);
    }

    /**
     * Reads the configuration of the site at {@code root}; {@code given} supplies what the configuration leaves
     * out (a time zone chosen by the caller).
     */
    public static SiteConfig read(Path root, Site given, Limits limits) {
        return Generators.recognise(root).map(c -> c.readConfig(root, given, limits)).orElseGet(() -> none(given));
    }

    /** The site {@code given} with what the configuration states put first. */
    public static Site site(Site given, Optional<String> title, Optional<String> description, Optional<URI> url,
                            Optional<ZoneId> zone, Optional<String> language, List<Link> links) {
        return site(given, title, description, url, zone, language, links, Optional.empty());
    }

    /** The site {@code given} with what the configuration states put first, its logo among it. */
    public static Site site(Site given, Optional<String> title, Optional<String> description, Optional<URI> url,
                            Optional<ZoneId> zone, Optional<String> language, List<Link> links,
                            Optional<URI> logo) {
        return new Site(title.or(given::title), description.or(given::description), url.or(given::url),
                zone.or(given::timeZone), language.or(given::language), links.isEmpty() ? given.links() : links,
                logo.or(given::logo), given.freeEvents());
    }

    /** The keys that name a site's logo, most specific first; {@code image} is the site's default picture. */
    private static final List<String> LOGO_KEYS = List.of("logo", "site_logo", "logo_url", "logoUrl", "siteLogo",
            "SITELOGO", "image", "site_image");

    /**
     * The logo a configuration section names under {@link #LOGO_KEYS}, as text or as a map with {@code path},
     * {@code url} or {@code src} (jekyll-seo-tag's image form). A path is taken relative to the site's base URL,
     * {@code baseurl} included, as Jekyll's {@code absolute_url} does; a value that is no URI is ignored.
     */
    public static Optional<URI> logo(Map<String, Object> section, Optional<URI> siteUrl) {
        for (String key : LOGO_KEYS) {
            Object value = section.get(key);
            Optional<String> text = Values.text(value)
                    .or(() -> Values.map(value).flatMap(m -> Values.text(m, "path", "url", "src")));
            Optional<URI> uri = text.flatMap(SiteConfig::uri);
            if (uri.isPresent()) {
                URI u = uri.get();
                if (u.isAbsolute() || u.getRawPath() == null || u.toString().startsWith("//")) {
                    return Optional.of(u);
                }
                return Optional.of(siteUrl.map(b -> b.resolve(u.toString().replaceFirst("^/+", ""))).orElse(u));
            }
        }
        return Optional.empty();
    }

    /** Authors listed in a data file named {@code authors}, by user name. */
    public static Map<String, Author> authorsFromData(Map<String, Object> data, Optional<URI> url) {
        Map<String, Author> authors = new LinkedHashMap<>();
        Values.map(data.get("authors")).ifPresent(m -> m.forEach((key, value) ->
                authors.put(key, author(key, Values.map(value).orElse(Map.of()), url))));
        return authors;
    }

    public static Author author(String key, Map<String, Object> values, Optional<URI> siteUrl) {
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

    public static List<Link> socialLinks(Map<String, Object> config) {
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

    public static Optional<URI> baseUrl(Optional<String> url, Optional<String> baseurl) {
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

    public static Optional<ZoneId> zone(Optional<String> id, String source, List<Diagnostic> diagnostics) {
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

    public static Map<String, Object> readDataFolder(Path dir, Limits limits, List<Diagnostic> diagnostics) {
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

    public static List<Path> sortedFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public static Map<String, Object> readFile(Path file, Limits limits, List<Diagnostic> diagnostics) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        Object value = readAny(file, ext, limits, diagnostics);
        return Values.map(value).orElse(Map.of());
    }

    /** Reads a YAML, TOML or JSON file whose top level may be a map or a list; null after a diagnostic. */
    public static Object readAny(Path file, String ext, Limits limits, List<Diagnostic> diagnostics) {
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
