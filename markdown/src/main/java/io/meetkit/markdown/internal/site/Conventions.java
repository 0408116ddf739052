package io.meetkit.markdown.internal.site;

import io.meetkit.core.Site;
import io.meetkit.markdown.internal.Dates;
import io.meetkit.markdown.internal.Limits;
import io.meetkit.markdown.internal.SiteConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules one static-site generator reads a site by: how its root is recognised, which folders hold posts, and
 * how a post's date, slug, draft state and address follow from its path and front matter. One class per generator;
 * {@link Generators} lists them in the order they are tried. Implementations are stateless and thread-safe.
 */
public interface Conventions {

    /** What a post's address is built from. */
    record PostPath(String relPath, String baseName, String slug, String title, Optional<ZonedDateTime> date,
                    List<String> categories) {
    }

    /** The generator's name as its users write it ("Jekyll", "Hugo"). */
    String name();

    /** Whether {@code dir} is the root of a site of this generator, judged by its files only. */
    boolean isRoot(Path dir);

    /** Reads the site's configuration files; never executes them. */
    SiteConfig readConfig(Path root, Site given, Limits limits);

    /** The folders under the site root whose Markdown files may be posts. */
    List<Path> postFolders(SiteConfig config);

    /**
     * Whether the Markdown file at {@code relPath} (relative to the root, '/'-separated) is a post rather than a
     * section page, layout, include or the repository's README.
     */
    default boolean isPost(String relPath) {
        String name = relPath.substring(relPath.lastIndexOf('/') + 1);
        return !Generators.isRepositoryFile(relPath, name);
    }

    /**
     * Whether a file with this front matter may be about an event: the generator renders it as a post, not as a
     * page or some other type of its own (JBake's {@code type=page}).
     */
    default boolean mayBeEvent(Map<String, Object> frontMatter) {
        return true;
    }

    /** One line per rule, for {@code meetup inspect}. */
    List<String> describe(SiteConfig config);

    /** The date a post's file name gives, without extension. */
    default Optional<LocalDate> fileDate(String baseName) {
        return Dates.fromFileName(baseName);
    }

    /** The slug a post's path gives when its front matter names none. */
    default String fileSlug(String relPath, String baseName) {
        String s = Dates.withoutDatePrefix(baseName);
        return s.isBlank() ? "post" : s;
    }

    /** Whether a post without a {@code slug} key is named after its title rather than its file (Pelican). */
    default boolean slugFromTitle() {
        return false;
    }

    /** The front-matter keys holding the post's date, first found wins. */
    default List<String> dateKeys() {
        return List.of("date");
    }

    /** Whether a date value names the file's own time ({@code Last Modified} in Eleventy), not a date. */
    default boolean isFileTimeKeyword(String value) {
        return false;
    }

    /** Whether YAML closed by {@code ---} without an opening line is front matter (Hexo). */
    default boolean openFrontMatter() {
        return false;
    }

    /** Categories the post's folders give (Jekyll's folders above {@code _posts}). */
    default List<String> pathCategories(String relPath) {
        return List.of();
    }

    /** Whether the post's path alone makes it a draft ({@code _drafts/}). */
    default boolean draftByPath(String relPath) {
        return relPath.startsWith("_drafts/") || relPath.contains("/_drafts/");
    }

    /** The front-matter keys that state a post's own address, first found wins. */
    default List<String> urlKeys() {
        return List.of("permalink");
    }

    /** Whether a text {@code authors} value lists user names separated by spaces (Jekyll's plugins). */
    default boolean authorsAsWords() {
        return true;
    }

    /** Whether a {@code summary} key is the post's excerpt. */
    default boolean summaryIsExcerpt() {
        return false;
    }

    /**
     * The post's path on the site, from its own {@code explicit} address or the site's rules; empty when the
     * generator gives none.
     */
    Optional<String> permalink(Optional<String> explicit, PostPath post, SiteConfig config,
                               Map<String, Object> values);
}
