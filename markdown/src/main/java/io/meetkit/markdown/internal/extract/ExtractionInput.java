package io.meetkit.markdown.internal.extract;

import io.meetkit.core.Site;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * Everything the event extractor may look at for one post.
 *
 * @param source       the file name used in diagnostics
 * @param title        the post's title
 * @param postDate     the post's publication date, when known
 * @param frontMatter  the post's front matter (after site defaults), values as read: String, Boolean, Integer,
 *                     Long, Double, BigInteger, BigDecimal, List, Map
 * @param keyPositions where each front-matter value starts in the file, keyed by JSON Pointer
 *                     ({@code /event/venue/name}, {@code /talks/0/title})
 * @param document     the commonmark document of the body, with source spans whose line indexes are already
 *                     relative to the whole file (line = lineIndex + 1, column = columnIndex + 1)
 * @param site         the site the post belongs to ({@link Site#UNKNOWN} for a lone file)
 * @param defaultZone  the zone given by the caller (CLI {@code --timezone}), used after the event's and site's own
 * @param siteData     the site's data files by name ({@code locations} for {@code _data/locations.yml})
 * @param conventions  how the site writes its events, read from all its posts or declared by its owner
 */
public record ExtractionInput(String source, String title, Optional<ZonedDateTime> postDate,
                              Map<String, Object> frontMatter, Map<String, SourcePosition> keyPositions,
                              Node document, Site site, Optional<ZoneId> defaultZone, Map<String, Object> siteData,
                              SiteConventions conventions) {

    public ExtractionInput {
        keyPositions = Map.copyOf(keyPositions);
        siteData = Map.copyOf(siteData);
        java.util.Objects.requireNonNull(conventions, "conventions");
    }

    /** An input of a post read on its own, with no site conventions. */
    public ExtractionInput(String source, String title, Optional<ZonedDateTime> postDate,
                           Map<String, Object> frontMatter, Map<String, SourcePosition> keyPositions, Node document,
                           Site site, Optional<ZoneId> defaultZone, Map<String, Object> siteData) {
        this(source, title, postDate, frontMatter, keyPositions, document, site, defaultZone, siteData,
                SiteConventions.NONE);
    }

    /** The same input read under {@code conventions}. */
    public ExtractionInput withConventions(SiteConventions conventions) {
        return new ExtractionInput(source, title, postDate, frontMatter, keyPositions, document, site, defaultZone,
                siteData, conventions);
    }

    /** Where the front-matter value at {@code pointer} starts, or where the file starts. */
    public SourcePosition positionOf(String pointer) {
        return keyPositions.getOrDefault(pointer, SourcePosition.START);
    }

    /** The front matter's top-level keys in file order. */
    public List<String> keys() {
        return List.copyOf(frontMatter.keySet());
    }
}
