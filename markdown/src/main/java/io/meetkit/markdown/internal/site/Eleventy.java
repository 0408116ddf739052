package io.meetkit.markdown.internal.site;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Site;
import io.meetkit.markdown.internal.Dates;
import io.meetkit.markdown.internal.Limits;
import io.meetkit.markdown.internal.Permalinks;
import io.meetkit.markdown.internal.SiteConfig;
import io.meetkit.markdown.internal.Values;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Eleventy: {@code .eleventy.js} or {@code eleventy.config.*}, whose {@code dir.input} (read from the text, never
 * run) holds the content; every Markdown file there is a page, {@code _includes}, {@code _layouts} and
 * {@code _data} aside; directory data files ({@code meetups/meetups.json}) give defaults to their folder; a date
 * anywhere in the file name is the post's date; {@code permalink} templates.
 */
public final class Eleventy implements Conventions {

    private static final String[] CONFIG_FILES = {".eleventy.js", ".eleventy.cjs", ".eleventy.mjs",
        "eleventy.config.js", "eleventy.config.cjs", "eleventy.config.mjs", "eleventy.config.ts"};
    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{-?\\s*([^}|]*?)\\s*(?:\\|\\s*([a-zA-Z]+)\\s*)?-?}}");

    @Override
    public String name() {
        return "Eleventy";
    }

    @Override
    public boolean isRoot(Path dir) {
        return Generators.hasFile(dir, CONFIG_FILES);
    }

    /** A {@code dir} setting of the configuration: {@code input: "src"}. */
    private static Optional<String> setting(String js, String name) {
        Matcher m = Pattern.compile("\\b" + name + "\\s*:\\s*[\"'`]([^\"'`\\n]{1,200})[\"'`]").matcher(js);
        if (!m.find()) {
            return Optional.empty();
        }
        // A template literal's ${...} depends on the environment; the folder before it is taken.
        String value = m.group(1);
        int variable = value.indexOf("${");
        value = (variable >= 0 ? value.substring(0, variable) : value).strip().replaceAll("^\\./|/+$", "");
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public SiteConfig readConfig(Path root, Site given, Limits limits) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String js = Generators.firstFile(root, CONFIG_FILES).map(Generators::text).orElse("");
        String input = setting(js, "input").filter(s -> !s.equals(".")).orElse("");
        String dataDir = setting(js, "data").orElse("_data");
        Path inputDir = input.isEmpty() ? root : root.resolve(input);
        Map<String, Object> data = SiteConfig.readDataFolder(inputDir.resolve(dataDir), limits, diagnostics);
        Map<String, Object> meta = Values.map(data.get("site")).or(() -> Values.map(data.get("metadata")))
                .orElse(Map.of());
        Optional<URI> url = SiteConfig.baseUrl(Values.text(meta, "url", "baseUrl", "siteUrl"), Optional.empty());
        Site site = SiteConfig.site(given, Values.text(meta, "title", "name"), Values.text(meta, "description"),
                url, SiteConfig.zone(Values.text(meta, "timezone", "timeZone"), inputDir.resolve(dataDir).toString(),
                        diagnostics), Values.text(meta, "language", "lang"), SiteConfig.socialLinks(meta),
                SiteConfig.logo(meta, url));
        Map<String, String> settings = Map.of("input", input, "data", dataDir,
                "includes", setting(js, "includes").orElse("_includes"),
                "layouts", setting(js, "layouts").orElse("_layouts"));
        return new SiteConfig(this, Optional.of(root), site, "", Map.of(), "\n\n",
                directoryData(root, inputDir, limits, diagnostics), SiteConfig.authorsFromData(data, url), data,
                settings, diagnostics);
    }

    /** Directory data files: {@code dir/dir.json} or {@code dir/dir.11tydata.json} apply to the folder's files. */
    private static List<SiteConfig.Scope> directoryData(Path root, Path inputDir, Limits limits,
                                                        List<Diagnostic> diagnostics) {
        List<SiteConfig.Scope> scopes = new ArrayList<>();
        if (!Files.isDirectory(inputDir)) {
            return scopes;
        }
        try (Stream<Path> walk = Files.walk(inputDir, 4)) {
            for (Path dir : walk.filter(Files::isDirectory).sorted().toList()) {
                String name = dir.getFileName().toString();
                if (Generators.skipped(name) || name.startsWith("_")) {
                    continue;
                }
                for (String file : List.of(name + ".11tydata.json", name + ".json")) {
                    Path f = dir.resolve(file);
                    if (Files.isRegularFile(f)) {
                        Map<String, Object> values = SiteConfig.readFile(f, limits, diagnostics);
                        String rel = root.relativize(dir).toString().replace('\\', '/');
                        scopes.add(new SiteConfig.Scope(rel, "", new LinkedHashMap<>(values)));
                        break;
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return scopes;
        }
        return scopes;
    }

    @Override
    public List<Path> postFolders(SiteConfig config) {
        String input = config.settings().getOrDefault("input", "");
        Path root = config.root().orElseThrow();
        return List.of(input.isEmpty() ? root : root.resolve(input));
    }

    @Override
    public boolean isPost(String relPath) {
        for (String part : relPath.split("/")) {
            if (part.equals("_includes") || part.equals("_layouts") || part.equals("_data")
                    || part.equals("_site") || part.equals("node_modules")) {
                return false;
            }
        }
        return Conventions.super.isPost(relPath);
    }

    @Override
    public List<String> describe(SiteConfig config) {
        String input = config.settings().getOrDefault("input", "");
        return List.of("posts: every Markdown file under " + (input.isEmpty() ? "the root" : input + "/")
                        + " (_includes, _layouts, _data skipped)",
                "date: the 'date' key, else a YYYY-MM-DD anywhere in the file name",
                "slug: the file name without a leading YYYY-MM-DD-, or the folder of an index.md",
                "permalink: the 'permalink' key ({{ page.fileSlug }} and {{ title | slugify }} expanded), "
                        + "else /folder/slug/",
                "data: " + config.data().keySet() + "; directory data files: " + config.defaults().size());
    }

    @Override
    public boolean isFileTimeKeyword(String value) {
        return value.equals("Last Modified") || value.equals("Created") || value.equals("git Last Modified")
                || value.equals("git Created");
    }

    @Override
    public Optional<LocalDate> fileDate(String baseName) {
        Matcher m = DATE_IN_NAME.matcher(baseName);
        return m.find() ? Dates.dateOf(m) : Optional.empty();
    }

    @Override
    public String fileSlug(String relPath, String baseName) {
        if (baseName.equals("index")) {
            return Hugo.bundleSlug(relPath, baseName).orElse("index");
        }
        Matcher m = Pattern.compile("\\d{4}-\\d{2}-\\d{2}-(.+)").matcher(baseName);
        return m.matches() ? m.group(1) : baseName;
    }

    @Override
    public Optional<String> permalink(Optional<String> explicit, PostPath post, SiteConfig config,
                                      Map<String, Object> values) {
        if (values.get("permalink") instanceof Boolean b && !b) {
            return Optional.empty(); // permalink: false writes no page
        }
        String input = config.settings().getOrDefault("input", "");
        String inInput = input.isEmpty() ? post.relPath() : post.relPath().substring(Math.min(post.relPath().length(),
                input.length() + 1));
        String stem = inInput.contains(".") ? inInput.substring(0, inInput.lastIndexOf('.')) : inInput;
        if (explicit.isPresent()) {
            Matcher m = TEMPLATE.matcher(explicit.get());
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String value = switch (m.group(1)) {
                    case "page.fileSlug" -> post.slug();
                    case "page.filePathStem" -> "/" + stem;
                    case "title" -> post.title();
                    default -> Values.text(values.get(m.group(1))).orElse("");
                };
                if (m.group(2) != null && (m.group(2).equals("slug") || m.group(2).equals("slugify"))) {
                    value = Permalinks.urlize(value);
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(value));
            }
            m.appendTail(sb);
            return Optional.of(Mynt.collapse(sb.toString()));
        }
        int slash = stem.lastIndexOf('/');
        String dir = slash > 0 ? stem.substring(0, slash) : "";
        if (post.baseName().equals("index")) {
            return Optional.of(Mynt.collapse("/" + dir + "/"));
        }
        return Optional.of(Mynt.collapse("/" + dir + "/" + post.slug() + "/"));
    }
}
