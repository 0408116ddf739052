package io.meetkit.markdown.internal.site;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Site;
import io.meetkit.markdown.internal.Dates;
import io.meetkit.markdown.internal.Limits;
import io.meetkit.markdown.internal.Permalinks;
import io.meetkit.markdown.internal.SiteConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pelican: {@code pelicanconf.py}, of which only plain {@code NAME = 'value'} and {@code NAME = ['a', 'b']} lines
 * are read (the file is never executed); articles under {@code PATH}'s {@code ARTICLE_PATHS}, {@code pages/} aside;
 * {@code Key: value} headers; the slug from the title; {@code ARTICLE_URL}, default {@code {slug}.html}.
 */
public final class Pelican implements Conventions {

    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?m)^([A-Z][A-Z0-9_]*)[ \\t]*=[ \\t]*(?:[uUrR]?(['\"])([^'\"\\n]*)\\2|\\[([^\\]\\n]*)])[ \\t]*(?:#.*)?$");
    private static final Pattern ITEM = Pattern.compile("[uUrR]?(['\"])([^'\"]*)\\1");
    private static final Pattern FIELD = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");

    @Override
    public String name() {
        return "Pelican";
    }

    @Override
    public boolean isRoot(Path dir) {
        return Generators.hasFile(dir, "pelicanconf.py");
    }

    /** The plain assignments of a Pelican settings file: strings as text, lists of strings joined by '\n'. */
    static Map<String, String> settings(String python) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ASSIGNMENT.matcher(python);
        while (m.find()) {
            if (m.group(3) != null) {
                out.put(m.group(1), m.group(3));
            } else {
                List<String> items = new ArrayList<>();
                Matcher i = ITEM.matcher(m.group(4));
                while (i.find()) {
                    items.add(i.group(2));
                }
                out.put(m.group(1), String.join("\n", items));
            }
        }
        return out;
    }

    @Override
    public SiteConfig readConfig(Path root, Site given, Limits limits) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, String> conf = settings(Generators.text(root.resolve("pelicanconf.py")));
        Optional<URI> url = SiteConfig.baseUrl(Optional.ofNullable(conf.get("SITEURL")).filter(s -> !s.isBlank()),
                Optional.empty());
        Site site = SiteConfig.site(given, Optional.ofNullable(conf.get("SITENAME")), Optional.empty(), url,
                SiteConfig.zone(Optional.ofNullable(conf.get("TIMEZONE")), root.resolve("pelicanconf.py").toString(),
                        diagnostics), Optional.ofNullable(conf.get("DEFAULT_LANG")), List.of(),
                SiteConfig.logo(new LinkedHashMap<>(conf), url));
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("path", conf.getOrDefault("PATH", "content"));
        settings.put("articlePaths", conf.getOrDefault("ARTICLE_PATHS", ""));
        settings.put("pagePaths", conf.getOrDefault("PAGE_PATHS", "pages"));
        return new SiteConfig(this, Optional.of(root), site, conf.getOrDefault("ARTICLE_URL", "{slug}.html"),
                Map.of(), "\n\n", List.of(), Map.of(), Map.of(), settings, diagnostics);
    }

    @Override
    public List<Path> postFolders(SiteConfig config) {
        Path content = config.root().orElseThrow().resolve(config.settings().get("path"));
        String paths = config.settings().get("articlePaths");
        if (paths.isBlank()) {
            return List.of(content);
        }
        return paths.lines().map(content::resolve).filter(Files::isDirectory).toList();
    }

    @Override
    public boolean isPost(String relPath) {
        return !relPath.contains("/pages/") && !relPath.startsWith("pages/") && Conventions.super.isPost(relPath);
    }

    @Override
    public List<String> describe(SiteConfig config) {
        return List.of("posts: " + config.settings().get("path") + "/"
                        + (config.settings().get("articlePaths").isBlank() ? ""
                        : " (ARTICLE_PATHS " + config.settings().get("articlePaths").replace('\n', ',') + ")")
                        + ", pages/ skipped; pelicanconf.py is read, never run",
                "date: the 'date' key, else a YYYY-MM-DD file-name prefix",
                "slug: the 'slug' key, else the title made into a slug",
                "permalink: the 'url' key, else ARTICLE_URL '" + config.permalink() + "'",
                "draft: status: draft; front matter: Key: value header lines up to a blank line");
    }

    @Override
    public Optional<LocalDate> fileDate(String baseName) {
        return Dates.leadingDate(baseName);
    }

    @Override
    public boolean slugFromTitle() {
        return true;
    }

    @Override
    public boolean draftByPath(String relPath) {
        return false;
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
            return Optional.of(Mynt.collapse(explicit.get()));
        }
        Matcher m = FIELD.matcher(config.permalink());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "slug" -> post.slug();
                case "category" -> post.categories().isEmpty() ? "misc"
                        : Permalinks.urlize(post.categories().get(0));
                case "date" -> post.date().map(d -> strftime(d, m.group(2) == null ? "%Y-%m-%d" : m.group(2)))
                        .orElse("");
                case "lang" -> config.site().language().orElse("en");
                default -> m.group();
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return Optional.of(Mynt.collapse(sb.toString()));
    }

    private static String strftime(ZonedDateTime d, String format) {
        return format.replace("%Y", String.format(Locale.ROOT, "%04d", d.getYear()))
                .replace("%m", String.format(Locale.ROOT, "%02d", d.getMonthValue()))
                .replace("%d", String.format(Locale.ROOT, "%02d", d.getDayOfMonth()))
                .replace("%B", d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .replace("%b", d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }
}
