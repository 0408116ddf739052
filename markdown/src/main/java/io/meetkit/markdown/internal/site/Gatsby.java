package io.meetkit.markdown.internal.site;

import io.meetkit.core.Site;
import io.meetkit.markdown.internal.Limits;
import io.meetkit.markdown.internal.SiteConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gatsby: {@code gatsby-config.*} (its {@code siteMetadata} and {@code gatsby-source-filesystem} paths read from
 * the text, never run); posts in those folders, else {@code content/}, {@code src/content/}, {@code src/posts/},
 * {@code posts/} or {@code blog/}; a post in {@code slug/index.md} is named by its folder; the address is its path
 * in the source folder, as {@code createFilePath} builds it.
 */
public final class Gatsby implements Conventions {

    private static final String[] CONFIG_FILES = {"gatsby-config.js", "gatsby-config.ts", "gatsby-config.mjs",
        "gatsby-config.cjs"};
    private static final Pattern SOURCE_PATH = Pattern.compile(
            "\\bpath\\s*:\\s*[`'\"](?:\\$\\{__dirname}/|\\./)?([A-Za-z0-9_./-]{1,120})[`'\"]");
    private static final List<String> USUAL = List.of("content", "src/content", "src/posts", "src/pages/posts",
            "posts", "blog");

    @Override
    public String name() {
        return "Gatsby";
    }

    @Override
    public boolean isRoot(Path dir) {
        return Generators.hasFile(dir, CONFIG_FILES);
    }

    private static Optional<String> metadata(String js, String key) {
        int at = js.indexOf("siteMetadata");
        if (at < 0) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("\\b" + key + "\\s*:\\s*[`'\"]([^`'\"\\n]{1,300})[`'\"]").matcher(js);
        return m.find(at) ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Override
    public SiteConfig readConfig(Path root, Site given, Limits limits) {
        String js = Generators.firstFile(root, CONFIG_FILES).map(Generators::text).orElse("");
        Optional<URI> url = SiteConfig.baseUrl(metadata(js, "siteUrl"), Optional.empty());
        Site site = SiteConfig.site(given, metadata(js, "title"), metadata(js, "description"), url,
                Optional.empty(), Optional.empty(), List.of());
        Set<String> folders = new LinkedHashSet<>();
        Matcher m = SOURCE_PATH.matcher(js);
        while (m.find()) {
            String folder = m.group(1).replaceAll("/+$", "");
            if (!folder.contains("..") && Files.isDirectory(root.resolve(folder))) {
                folders.add(folder);
            }
        }
        if (folders.isEmpty()) {
            USUAL.stream().filter(f -> Files.isDirectory(root.resolve(f))).findFirst().ifPresent(folders::add);
        }
        return SiteConfig.of(this, root, site, "", Map.of(), Map.of("folders", String.join("\n", folders)),
                List.of());
    }

    @Override
    public List<Path> postFolders(SiteConfig config) {
        List<Path> out = new ArrayList<>();
        config.settings().get("folders").lines().filter(s -> !s.isBlank())
                .forEach(f -> out.add(config.root().orElseThrow().resolve(f)));
        return out;
    }

    @Override
    public List<String> describe(SiteConfig config) {
        return List.of("posts: " + config.settings().get("folders").replace('\n', ',') + " (gatsby-config read, "
                        + "never run)",
                "date: the 'date' key",
                "slug: the file name, or the folder of an index.md",
                "permalink: the 'slug' or 'path' key, else /folder/slug/ in the source folder",
                "front matter: YAML between --- lines");
    }

    @Override
    public Optional<java.time.LocalDate> fileDate(String baseName) {
        return Optional.empty();
    }

    @Override
    public String fileSlug(String relPath, String baseName) {
        return Hugo.bundleSlug(relPath, baseName).orElse(baseName);
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
    public Optional<String> permalink(Optional<String> explicit, PostPath post, SiteConfig config,
                                      Map<String, Object> values) {
        if (explicit.isPresent()) {
            return Optional.of(Mynt.collapse(explicit.get()));
        }
        String rel = post.relPath();
        for (String folder : config.settings().get("folders").lines().toList()) {
            if (rel.startsWith(folder + "/")) {
                rel = rel.substring(folder.length() + 1);
                break;
            }
        }
        int slash = rel.lastIndexOf('/');
        String dir = slash > 0 ? rel.substring(0, slash) : "";
        if (post.baseName().equals("index")) {
            return Optional.of(Mynt.collapse("/" + dir + "/"));
        }
        return Optional.of(Mynt.collapse("/" + dir + "/" + post.slug() + "/"));
    }
}
