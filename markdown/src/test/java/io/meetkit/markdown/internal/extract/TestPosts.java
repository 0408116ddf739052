package io.meetkit.markdown.internal.extract;

import io.meetkit.core.Site;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Builds {@link ExtractionInput}s for tests the way the post parser does: YAML front matter between {@code ---}
 * lines, the body parsed by commonmark with blank lines prepended so that source spans are file-relative.
 */
final class TestPosts {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(TablesExtension.create(), AutolinkExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-.*");

    private TestPosts() {
    }

    /** An input for {@code content} named {@code source}, of a site about which nothing is known. */
    static ExtractionInput input(String source, String content) {
        return input(source, content, Site.UNKNOWN, Map.of());
    }

    static ExtractionInput input(String source, String content, Site site, Map<String, Object> siteData) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String[] lines = text.split("\r?\n", -1);
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        Map<String, SourcePosition> positions = new HashMap<>();
        int bodyStart = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---") || lines[i].strip().equals("...")) {
                    String yaml = String.join("\n", List.of(lines).subList(1, i));
                    frontMatter = readYaml(yaml);
                    positions = positions(yaml, 1);
                    bodyStart = i + 1;
                    break;
                }
            }
        }
        StringBuilder body = new StringBuilder();
        body.append("\n".repeat(bodyStart));
        for (int i = bodyStart; i < lines.length; i++) {
            body.append(lines[i]);
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        Node document = MARKDOWN.parse(body.toString());
        String title = frontMatter.get("title") instanceof String t && !t.isBlank() ? t : source;
        return new ExtractionInput(source, title, postDate(source, frontMatter), frontMatter, positions, document,
                site, Optional.empty(), siteData);
    }

    /** An input read from a post file of a Jekyll site whose root is {@code siteRoot}. */
    static ExtractionInput file(Path siteRoot, Path post) throws IOException {
        return input(post.getFileName().toString(), Files.readString(post, StandardCharsets.UTF_8), site(siteRoot),
                Map.of());
    }

    /** The site described by {@code _config.yml} under {@code root}. */
    static Site site(Path root) throws IOException {
        Path config = root.resolve("_config.yml");
        if (!Files.exists(config)) {
            return Site.UNKNOWN;
        }
        Map<String, Object> c = readYaml(Files.readString(config, StandardCharsets.UTF_8));
        Optional<String> title = text(c.get("title")).or(() -> text(c.get("name")));
        Optional<URI> url = text(c.get("url")).map(URI::create);
        Optional<ZoneId> zone = text(c.get("timezone")).map(ZoneId::of);
        return new Site(title, text(c.get("description")), url, zone, text(c.get("lang")), List.of());
    }

    private static Optional<String> text(Object o) {
        return o instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
    }

    private static Optional<ZonedDateTime> postDate(String source, Map<String, Object> fm) {
        Matcher m = DATED_NAME.matcher(Path.of(source).getFileName().toString());
        if (fm.get("date") instanceof String d) {
            // As the post reader does: a date with a time and an offset is that moment.
            try {
                return Optional.of(java.time.OffsetDateTime.parse(d.strip()).toZonedDateTime());
            } catch (java.time.format.DateTimeParseException notADateTime) {
                // a day, read below
            }
        }
        if (fm.get("date") instanceof String d && d.length() >= 10 && d.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.of(LocalDate.parse(d.substring(0, 10)).atStartOfDay(ZoneOffset.UTC));
        }
        if (m.matches()) {
            return Optional.of(LocalDate.parse(m.group(1)).atStartOfDay(ZoneOffset.UTC));
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readYaml(String yaml) {
        if (yaml.isBlank()) {
            return new LinkedHashMap<>();
        }
        Object value = YAML.readValue(yaml, Object.class);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }

    /** JSON Pointer to position of every value in {@code yaml}, whose first line is file line {@code offset + 1}. */
    private static Map<String, SourcePosition> positions(String yaml, int offset) {
        Map<String, SourcePosition> out = new HashMap<>();
        if (yaml.isBlank()) {
            return out;
        }
        try (JsonParser p = YAML.createParser(yaml)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.PROPERTY_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer;
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    pointer = p.streamReadContext().getParent() == null ? ""
                            : p.streamReadContext().getParent().pathAsPointer().toString();
                } else {
                    pointer = p.streamReadContext().pathAsPointer().toString();
                }
                var loc = p.currentTokenLocation();
                out.putIfAbsent(pointer, new SourcePosition(Math.max(1, loc.getLineNr()) + offset,
                        Math.max(1, loc.getColumnNr())));
            }
        }
        return out;
    }
}
