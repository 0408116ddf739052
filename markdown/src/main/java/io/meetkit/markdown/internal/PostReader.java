package io.meetkit.markdown.internal;

import io.meetkit.core.Author;
import io.meetkit.core.Diagnostic;
import io.meetkit.core.Event;
import io.meetkit.core.Link;
import io.meetkit.core.Post;
import io.meetkit.core.Site;
import io.meetkit.markdown.internal.extract.EventExtractor;
import io.meetkit.markdown.internal.extract.ExtractionInput;
import io.meetkit.markdown.internal.extract.ExtractionResult;
import io.meetkit.markdown.internal.extract.SiteConventions;
import io.meetkit.markdown.internal.extract.SourcePosition;
import io.meetkit.markdown.internal.extract.prose.ProseReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.meetkit.markdown.internal.site.Conventions;
import org.commonmark.node.Node;

/**
 * Turns one post file's text into a {@link Post} following the rules of the generator its site is built with.
 * Immutable and thread-safe.
 */
public final class PostReader {

    /** A post, when one could be built, and the problems met. */
    /**
     * @param keysRead the front-matter keys that were looked up while reading the post (site defaults included)
     */
    public record Outcome(Optional<Post> post, List<Diagnostic> diagnostics, Set<String> keysRead) {

        public Outcome(Optional<Post> post, List<Diagnostic> diagnostics) {
            this(post, diagnostics, Set.of());
        }
    }

    private final SiteConfig config;
    private final Optional<ZoneId> defaultZone;
    private final Limits limits;
    private final MarkdownBody markdown;
    private final EventExtractor extractor;
    private final SiteConventions conventions;

    public PostReader(SiteConfig config, Optional<ZoneId> defaultZone, Limits limits, MarkdownBody markdown) {
        this(config, defaultZone, limits, markdown, SiteConventions.NONE);
    }

    /** A reader of the posts of a site that follows {@code conventions}. */
    public PostReader(SiteConfig config, Optional<ZoneId> defaultZone, Limits limits, MarkdownBody markdown,
                      SiteConventions conventions) {
        this.conventions = conventions;
        this.config = config;
        this.defaultZone = defaultZone;
        this.limits = limits;
        this.markdown = markdown;
        this.extractor = new EventExtractor(limits.maxLineLength(), new ProseReader.Bounds(limits.maxBlocks(),
                limits.maxSpans(), limits.maxNestingDepth()));
    }

    public SiteConfig config() {
        return config;
    }

    /** The site's conventions and collections, read once from all its files. */
    public SiteConventions siteConventions() {
        return conventions;
    }

    /** The problems met reading the site's configuration and its declared conventions. */
    public List<Diagnostic> siteDiagnostics() {
        List<Diagnostic> all = new java.util.ArrayList<>(config.diagnostics());
        all.addAll(conventions.diagnostics());
        return all;
    }

    /**
     * Reads a post.
     *
     * @param text    the whole file
     * @param source  the name used in diagnostics and as the post's source
     * @param relPath the file's path relative to the site root with '/' separators, or just its name
     */
    public Outcome read(String text, String source, String relPath) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (text.length() > limits.maxFileSize()) {
            diagnostics.add(Diagnostic.error(source, 1, 1, "file is larger than " + limits.maxFileSize()
                    + " characters; refusing to read it" + Limits.raiseWith("maxFileSize")));
            return new Outcome(Optional.empty(), diagnostics);
        }
        if (text.isBlank()) {
            diagnostics.add(Diagnostic.warning(source, 1, 1, "the file is empty; the post has no title or text"));
        }
        text = TextChecks.file(text, source, diagnostics);
        longLine(text, source, diagnostics);
        FrontMatter fm = FrontMatter.read(text, source, limits, config.conventions().openFrontMatter());
        if (fm.error().isPresent()) {
            diagnostics.add(fm.error().get());
            return new Outcome(Optional.empty(), diagnostics);
        }
        diagnostics.addAll(fm.warnings());
        fm = fm.withValues(TextChecks.values(fm.values(), fm.positions(), source, diagnostics));
        if (fm.values().isEmpty() && fm.body().isBlank() && !text.isBlank()) {
            diagnostics.add(Diagnostic.warning(source, 1, 1, "the post has an empty front matter and no text"));
        }
        Context c = new Context(source, relPath, fm, diagnostics);
        Post post = c.build();
        return new Outcome(Optional.of(post), diagnostics, c.values.read());
    }

    private void longLine(String text, String source, List<Diagnostic> diagnostics) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i == text.length() ? '\n' : text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (i - start > limits.maxLineLength()) {
                    diagnostics.add(Diagnostic.warning(source, line, 1, "line " + line + " is longer than "
                            + limits.maxLineLength() + " characters; it is kept but not searched for event facts"
                            + Limits.raiseWith("maxLineLength")));
                    return;
                }
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = i + 1;
            }
        }
    }

    /** The state of reading one post. */
    private final class Context {
        final String source;
        final String relPath;
        final FrontMatter fm;
        final ReadKeys values;
        final List<Diagnostic> diagnostics;
        final ZoneId zone;
        final String baseName;

        Context(String source, String relPath, FrontMatter fm, List<Diagnostic> diagnostics) {
            this.source = source;
            this.relPath = relPath;
            this.fm = fm;
            this.diagnostics = diagnostics;
            this.values = new ReadKeys(withDefaults(fm.values()));
            this.zone = config.site().timeZone().or(() -> defaultZone).orElse(ZoneOffset.UTC);
            String name = relPath.substring(relPath.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            this.baseName = dot > 0 ? name.substring(0, dot) : name;
        }

        Post build() {
            Node document = markdown.parse(markdownPart(fm.body()), fm.bodyStartLine());
            checkBody(document);
            String slug = slug();
            String title = text("title").or(() -> MarkdownBody.firstHeading(document))
                    .orElseGet(() -> titleize(slug));
            Post.Builder b = Post.builder(source, title).slug(slug).body(fm.body()).frontMatter(fm.values());
            Optional<ZonedDateTime> date = date();
            date.ifPresent(b::date);
            lastModified().ifPresent(b::lastModified);
            b.authors(authors());
            description().ifPresent(b::description);
            List<String> categories = categories();
            b.categories(categories);
            b.tags(tags());
            image().ifPresent(b::image);
            b.featured(flag("featured").orElse(false));
            b.draft(draft());
            Optional<URI> url = url(slug, title, date, categories);
            url.ifPresent(b::url);
            excerpt(document).ifPresent(b::excerpt);
            b.links(atMost(MarkdownBody.links(document, url.or(() -> config.site().url())), limits.maxLinks(),
                    "links", "maxLinksPerPost"));
            Post post = b.build();
            return extract(post, document);
        }

        private Post extract(Post post, Node document) {
            if (!config.conventions().mayBeEvent(values) || isCollectionEntry()) {
                // A page, a speaker's profile, a venue's page or a talk another post lists: no event of its own.
                return post;
            }
            Map<String, SourcePosition> positions = new LinkedHashMap<>(fm.positions());
            ExtractionInput input = new ExtractionInput(source, post.title(), post.date(), values, positions,
                    document, config.site(), defaultZone, config.data(), conventions);
            try {
                ExtractionResult result = extractor.extract(input);
                diagnostics.addAll(result.diagnostics());
                Optional<Event> event = result.event().map(e -> e.toBuilder()
                        .talks(atMost(e.talks(), limits.maxTalks(), "talks", "maxTalksPerPost"))
                        .links(atMost(e.links(), limits.maxLinks(), "event links", "maxLinksPerPost")).build());
                return event.map(post::withEvent).orElse(post);
            } catch (RuntimeException | StackOverflowError e) {
                // The extractor must never cost a user their post; its failure is reported, the post kept. Only the
                // failure's class is named: its message may quote the file.
                diagnostics.add(Diagnostic.error(source, 1, 1, "could not extract the event: internal error ("
                        + e.getClass().getSimpleName() + "); please report it"));
                return post;
            }
        }

        private boolean isCollectionEntry() {
            if (conventions.collections().entries().isEmpty()) {
                return false;
            }
            try {
                return conventions.collections().isEntry(java.nio.file.Path.of(source));
            } catch (java.nio.file.InvalidPathException e) {
                return false;
            }
        }

        /**
         * One walk over the body: each link or image to a javascript:, data:, vbscript: or file: URL is a warning
         * where it stands, and so is the first block quote or list nested deeper than the limit.
         */
        void checkBody(Node document) {
            java.util.ArrayDeque<Node> nodes = new java.util.ArrayDeque<>();
            java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
            nodes.push(document);
            depths.push(0);
            boolean tooDeep = false;
            while (!nodes.isEmpty()) {
                Node n = nodes.pop();
                int depth = depths.pop();
                if (depth > limits.maxNestingDepth() && !tooDeep) {
                    tooDeep = true;
                    SourcePosition at = positionOf(n);
                    diagnostics.add(Diagnostic.warning(source, at.line(), at.column(), "block quotes and lists nest"
                            + " deeper than " + limits.maxNestingDepth() + " levels; HTML renderers may fail on it"
                            + Limits.raiseWith("maxNestingDepth")));
                }
                String destination = n instanceof org.commonmark.node.Link l ? l.getDestination()
                        : n instanceof org.commonmark.node.Image i ? i.getDestination() : null;
                if (destination != null && TextChecks.isScriptUrl(destination)) {
                    SourcePosition at = positionOf(n);
                    diagnostics.add(Diagnostic.warning(source, at.line(), at.column(), "a link to a "
                            + destination.strip().substring(0, destination.strip().indexOf(':') + 1)
                            .toLowerCase(Locale.ROOT) + " URL, which no exporter writes"));
                }
                for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                    boolean nests = c instanceof org.commonmark.node.BlockQuote || c instanceof org.commonmark.node.ListBlock;
                    nodes.push(c);
                    depths.push(depth + (nests ? 1 : 0));
                }
            }
        }

        private SourcePosition positionOf(Node n) {
            if (n.getSourceSpans().isEmpty()) {
                return SourcePosition.START;
            }
            org.commonmark.node.SourceSpan first = n.getSourceSpans().get(0);
            return new SourcePosition(first.getLineIndex() + 1, first.getColumnIndex() + 1);
        }

        /**
         * The part of the body parsed as Markdown, so that the tree built stays in proportion to the limits rather
         * than to the file: all of it, or up to the last line end within {@code maxMarkdownSize} characters, and no
         * further than the line after {@code maxBlocksPerPost} non-blank lines (each block of the body starts on a
         * line of its own, so no block read is lost), with a warning naming the limit.
         */
        private String markdownPart(String body) {
            int lines = 0;
            int line = fm.bodyStartLine();
            boolean blank = true;
            int end = Math.min(body.length(), limits.maxMarkdownSize());
            for (int i = 0; i < end; i++) {
                char c = body.charAt(i);
                if (c == '\n') {
                    line++;
                    if (!blank && ++lines > limits.maxBlocks()) {
                        diagnostics.add(Diagnostic.warning(source, line, 1, "the body has more than "
                                + limits.maxBlocks() + " lines of text; it is kept whole, but only its first lines are"
                                + " read as Markdown (links, headings, event facts)"
                                + Limits.raiseWith("maxBlocksPerPost")));
                        return body.substring(0, i + 1);
                    }
                    blank = true;
                } else if (blank && c != ' ' && c != '\t' && c != '\r') {
                    blank = false;
                }
            }
            if (body.length() <= limits.maxMarkdownSize()) {
                return body;
            }
            int cut = body.lastIndexOf('\n', limits.maxMarkdownSize());
            String part = body.substring(0, cut > 0 ? cut + 1 : limits.maxMarkdownSize());
            diagnostics.add(Diagnostic.warning(source, fm.bodyStartLine() + (int) part.chars().filter(ch -> ch == '\n')
                    .count(), 1, "the body is longer than " + limits.maxMarkdownSize() + " characters; it is kept"
                    + " whole, but only its first " + part.length() + " are read as Markdown (links, headings, event"
                    + " facts)" + Limits.raiseWith("maxMarkdownSize")));
            return part;
        }

        /** The first {@code max} of {@code items}, with a warning naming the limit when there are more. */
        <T> List<T> atMost(List<T> items, int max, String what, String method) {
            if (items.size() <= max) {
                return items;
            }
            diagnostics.add(Diagnostic.warning(source, 1, 1, "the post has " + items.size() + " " + what
                    + ", more than the limit of " + max + "; the first " + max + " are kept"
                    + Limits.raiseWith(method)));
            return List.copyOf(items.subList(0, max));
        }

        // --- front-matter helpers -------------------------------------------------------------------------

        Optional<String> text(String... keys) {
            for (String key : keys) {
                Object v = values.get(key);
                if (v instanceof Map<?, ?> || v instanceof List<?>) {
                    warn(key, "'" + key + "' should be text, not a " + (v instanceof Map<?, ?> ? "map" : "list")
                            + "; ignored");
                    continue;
                }
                Optional<String> t = Values.text(v);
                if (t.isPresent()) {
                    return t;
                }
            }
            return Optional.empty();
        }

        Optional<Boolean> flag(String key) {
            Object v = values.get(key);
            if (Values.isBlank(v)) {
                return Optional.empty();
            }
            Optional<Values.Flag> f = Values.flag(v);
            if (f.isEmpty()) {
                warn(key, "'" + key + "' should be true or false, was '" + v + "'; ignored");
                return Optional.empty();
            }
            if (f.get().legacy()) {
                warn(key, "'" + key + ": " + v + "' is a YAML 1.1 boolean; read as " + f.get().value()
                        + ", write true or false");
            }
            return Optional.of(f.get().value());
        }

        void warn(String key, String message) {
            SourcePosition at = fm.positions().getOrDefault("/" + TreeReader.escape(key), SourcePosition.START);
            diagnostics.add(Diagnostic.warning(source, at.line(), at.column(), message).withKey(key));
        }

        void error(String key, String message) {
            SourcePosition at = fm.positions().getOrDefault("/" + TreeReader.escape(key), SourcePosition.START);
            diagnostics.add(Diagnostic.error(source, at.line(), at.column(), message).withKey(key));
        }

        // --- fields ---------------------------------------------------------------------------------------

        String slug() {
            Optional<String> slug = text("slug");
            if (slug.isPresent()) {
                return slug.get();
            }
            if (config.conventions().slugFromTitle()) {
                Optional<String> title = text("title");
                if (title.isPresent()) {
                    return Permalinks.urlize(title.get());
                }
            }
            return config.conventions().fileSlug(relPath, baseName);
        }

        Optional<ZonedDateTime> date() {
            for (String key : config.conventions().dateKeys()) {
                Object v = values.get(key);
                if (Values.isBlank(v)) {
                    continue;
                }
                List<String> clockChanges = new ArrayList<>(1);
                Optional<ZonedDateTime> d = Values.text(v).flatMap(t -> Dates.parse(t, zone, clockChanges::add));
                for (String message : clockChanges) {
                    warn(key, "'" + key + "': " + message);
                }
                if (d.isPresent() && (d.get().getYear() < 1900 || d.get().getYear() > 2999)) {
                    // Year 0 or 9999 is a typo or hostile, and calendar and feed readers choke on it.
                    error(key, "'" + key + "' is in the year " + d.get().getYear() + ", outside 1900–2999; ignored");
                    break;
                }
                if (d.isPresent()) {
                    return d;
                }
                if (v instanceof Boolean && !key.equals("date")) {
                    continue; // Hugo's "published: true" is not a date
                }
                if (v instanceof String s && config.conventions().isFileTimeKeyword(s)) {
                    warn(key, "'" + key + ": " + s + "' is the file's time for " + config.conventions().name()
                            + ", which a checkout does not keep; the file-name date is used, if any");
                    break;
                }
                error(key, "'" + key + "' is not a date: '" + v + "' (expected YYYY-MM-DD, optionally with"
                        + " HH:MM[:SS] and an offset such as +05:30)");
                break;
            }
            return config.conventions().fileDate(baseName).map(d -> d.atStartOfDay(zone));
        }

        Optional<ZonedDateTime> lastModified() {
            for (String key : List.of("last_modified_at", "lastmod", "lastMod", "modified", "updated")) {
                Object v = values.get(key);
                if (!Values.isBlank(v)) {
                    Optional<ZonedDateTime> d = Values.text(v).flatMap(t -> Dates.parse(t, zone));
                    if (d.isEmpty()) {
                        warn(key, "'" + key + "' is not a date: '" + v + "'; ignored");
                    }
                    return d;
                }
            }
            return Optional.empty();
        }

        List<Author> authors() {
            List<Author> authors = new ArrayList<>();
            for (String key : List.of("authors", "author")) {
                Object v = values.get(key);
                if (v instanceof List<?> list) {
                    boolean nameless = false;
                    for (Object item : list) {
                        Optional<Author> a = author(item);
                        a.ifPresent(authors::add);
                        nameless |= a.isEmpty() && !Values.isBlank(item);
                    }
                    if (nameless) {
                        warn(key, "'" + key + "' lists an entry with no name (a map needs name); it is ignored");
                    }
                } else if (v instanceof Map<?, ?> && author(v).isEmpty()) {
                    warn(key, "'" + key + "' is a map with no name (it needs name); ignored");
                } else if (v instanceof String s && key.equals("authors") && config.conventions().authorsAsWords()
                        && fm.format() != FrontMatter.Format.HEADER) {
                    for (String part : s.split("\\s+")) {
                        author(part).ifPresent(authors::add);
                    }
                } else if (v instanceof String s && fm.format() == FrontMatter.Format.HEADER) {
                    for (String part : s.split("\\s*[,;]\\s*")) {
                        author(part).ifPresent(authors::add);
                    }
                } else {
                    author(v).ifPresent(authors::add);
                }
            }
            return authors.stream().distinct().toList();
        }

        Optional<Author> author(Object value) {
            if (value instanceof Map<?, ?>) {
                Map<String, Object> m = Values.map(value).orElseThrow();
                Optional<String> name = Values.text(m, "name", "display_name", "username");
                if (name.isEmpty()) {
                    return Optional.empty();
                }
                Author resolved = config.authors().get(name.get());
                if (resolved != null) {
                    return Optional.of(resolved);
                }
                List<Link> links = new ArrayList<>();
                m.forEach((k, v) -> SiteConfig.profile(k, v).ifPresent(links::add));
                return Optional.of(new Author(name.get(), Values.text(m, "username", "handle"), links,
                        Values.text(m, "avatar", "image").flatMap(PostReader::uri)));
            }
            return Values.text(value).map(name -> {
                Author resolved = config.authors().get(name);
                return resolved != null ? resolved : Author.of(name);
            });
        }

        Optional<String> description() {
            Optional<String> d = text("description");
            if (d.isEmpty() && fm.format() == FrontMatter.Format.HEADER) {
                d = text("summary");
            }
            return d;
        }

        List<String> categories() {
            Set<String> out = new LinkedHashSet<>();
            out.addAll(config.conventions().pathCategories(relPath));
            String separator = fm.format() == FrontMatter.Format.HEADER ? "\\s*,\\s*" : "\\s+";
            out.addAll(words("category", "$^"));
            out.addAll(words("categories", separator));
            return List.copyOf(out);
        }

        List<String> tags() {
            Set<String> out = new LinkedHashSet<>();
            String separator = fm.format() == FrontMatter.Format.HEADER ? "\\s*,\\s*" : "\\s+";
            out.addAll(words("tag", "$^"));
            out.addAll(words("tags", separator));
            out.addAll(words("keywords", "\\s*,\\s*"));
            return List.copyOf(out);
        }

        Optional<URI> image() {
            for (String key : List.of("image", "cover", "featured_image", "featuredImage", "thumbnail", "header",
                    "og_image")) {
                Object v = values.get(key);
                Optional<String> s = Values.text(v);
                if (s.isEmpty() && v instanceof Map<?, ?>) {
                    s = Values.map(v).flatMap(m -> Values.text(m, "path", "url", "src", "image", "feature",
                            "teaser", "overlay_image"));
                    if (s.isEmpty()) {
                        warn(key, "'" + key + "' is a map with no path, url or src; ignored");
                    }
                } else if (v instanceof List<?>) {
                    warn(key, "'" + key + "' should be a URL or a map with one, not a list; ignored");
                }
                if (s.isPresent()) {
                    Optional<URI> u = uri(s.get());
                    if (u.isEmpty()) {
                        warn(key, "'" + key + "' is not a URL: '" + s.get() + "'; ignored");
                        continue;
                    }
                    return u.map(this::absolute);
                }
            }
            return Optional.empty();
        }

        /** The words of a list or text value; a map, or maps and lists inside the list, are reported. */
        List<String> words(String key, String separator) {
            Object v = values.get(key);
            if (v instanceof Map<?, ?>) {
                warn(key, "'" + key + "' should be a list or text, not a map; ignored");
                return List.of();
            }
            if (v instanceof List<?> list && list.stream().anyMatch(i -> i instanceof Map<?, ?> || i instanceof List<?>)) {
                warn(key, "'" + key + "' holds maps or lists among its items; those are ignored");
            }
            return Values.words(v, separator);
        }

        URI absolute(URI u) {
            if (u.isAbsolute()) {
                return u;
            }
            return config.site().url().map(base -> join(base, u.toString())).orElse(u);
        }

        boolean draft() {
            boolean draft = config.conventions().draftByPath(relPath);
            if (flag("published").map(p -> !p).orElse(false)) {
                draft = true;
            }
            if (flag("draft").orElse(false)) {
                draft = true;
            }
            if (fm.format() == FrontMatter.Format.HEADER
                    && text("status").map(s -> s.equalsIgnoreCase("draft")).orElse(false)) {
                draft = true;
            }
            return draft;
        }

        Optional<URI> url(String slug, String title, Optional<ZonedDateTime> date, List<String> categories) {
            Optional<String> explicit = text(config.conventions().urlKeys().toArray(String[]::new));
            Conventions.PostPath post = new Conventions.PostPath(relPath, baseName, slug, title,
                    date.map(d -> d.withZoneSameInstant(zone)), categories);
            Optional<String> permalink = config.conventions().permalink(explicit, post, config, values);
            if (permalink.isEmpty()) {
                return Optional.empty();
            }
            String path = permalink.get();
            Optional<URI> direct = uri(path).filter(URI::isAbsolute);
            if (direct.isPresent()) {
                return direct;
            }
            Optional<URI> base = config.site().url();
            if (base.isPresent()) {
                return Optional.of(join(base.get(), path));
            }
            return uri(path.startsWith("/") ? path : "/" + path);
        }

        Optional<String> excerpt(Node document) {
            Optional<String> given = text("excerpt");
            if (given.isEmpty() && (config.conventions().summaryIsExcerpt()
                    || fm.format() == FrontMatter.Format.HEADER)) {
                given = text("summary");
            }
            if (given.isPresent()) {
                return given;
            }
            String separator = text("excerpt_separator").orElse(config.excerptSeparator());
            if (!separator.equals("\n\n")) {
                int at = fm.body().indexOf(separator);
                if (at >= 0) {
                    String before = MarkdownBody.plainText(markdown.parse(fm.body().substring(0, at), 1)).strip();
                    return before.isEmpty() ? Optional.empty() : Optional.of(before.replaceAll("\\s*\n\\s*", " "));
                }
            }
            return MarkdownBody.firstParagraph(document);
        }

        // --- Jekyll defaults ------------------------------------------------------------------------------

        Map<String, Object> withDefaults(Map<String, Object> own) {
            if (config.defaults().isEmpty()) {
                return own;
            }
            List<SiteConfig.Scope> scopes = config.defaults().stream()
                    .filter(s -> s.type().isEmpty() || s.type().equals("posts")
                            || (s.type().equals("drafts") && relPath.contains("_drafts/")))
                    .filter(s -> pathMatches(s.path(), relPath))
                    .sorted(Comparator.comparingInt(s -> s.path().length()))
                    .toList();
            Map<String, Object> merged = new LinkedHashMap<>();
            for (SiteConfig.Scope scope : scopes) {
                deepMerge(merged, scope.values());
            }
            deepMerge(merged, own);
            return merged;
        }
    }

    static boolean pathMatches(String scope, String relPath) {
        String s = scope.replaceAll("^/+|/+$", "");
        if (s.isEmpty()) {
            return true;
        }
        if (s.contains("*")) {
            String regex = java.util.regex.Pattern.quote(s).replace("*", "\\E[^/]*\\Q");
            return relPath.matches(regex + "(/.*)?");
        }
        return relPath.equals(s) || relPath.startsWith(s + "/");
    }

    @SuppressWarnings("unchecked")
    static void deepMerge(Map<String, Object> into, Map<String, Object> from) {
        from.forEach((key, value) -> {
            Object existing = into.get(key);
            if (existing instanceof Map<?, ?> em && value instanceof Map<?, ?> vm) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) em);
                deepMerge(copy, (Map<String, Object>) vm);
                into.put(key, copy);
            } else {
                into.put(key, value);
            }
        });
    }

    static Optional<URI> uri(String s) {
        try {
            return Optional.of(Link.parseUri(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code base} (ending in '/') joined with a site path, percent-encoding what a URI cannot hold. */
    static URI join(URI base, String path) {
        String basePath = base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "");
        String p = path.startsWith("/") ? path : "/" + path;
        try {
            return new URI(base.getScheme(), base.getAuthority(), basePath + p, null, null);
        } catch (URISyntaxException e) {
            return base;
        }
    }

    static String titleize(String slug) {
        StringBuilder sb = new StringBuilder();
        for (String word : slug.split("[-_\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return sb.length() == 0 ? "Untitled" : sb.toString();
    }
}
