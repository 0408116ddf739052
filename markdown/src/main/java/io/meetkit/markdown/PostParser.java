package io.meetkit.markdown;

import static java.util.Objects.requireNonNull;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Post;
import io.meetkit.core.Severity;
import io.meetkit.core.Site;
import io.meetkit.markdown.internal.InternalFailure;
import io.meetkit.markdown.internal.extract.SiteConventions;
import io.meetkit.markdown.internal.extract.SiteConventionsReader;
import io.meetkit.markdown.internal.Limits;
import io.meetkit.markdown.internal.MarkdownBody;
import io.meetkit.markdown.internal.PostReader;
import io.meetkit.markdown.internal.SiteConfig;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads Markdown posts with front matter into {@link Post}s, each with the meetup {@link io.meetkit.core.Event} it
 * announces or reports when it has one.
 *
 * <p>A parser is built once and is immutable and thread-safe; share it. It never throws for bad input: every problem
 * becomes a {@link Diagnostic} with file, line and column in the {@link ParseResult}.
 *
 * <pre>{@code
 * PostParser parser = PostParser.builder().defaultZone(ZoneId.of("Asia/Kolkata")).build();
 * ParseResult one = parser.parse(Path.of("_posts/2022-06-20-june-meetup.md"));
 * parser.scan(List.of(Path.of("my-site"))).forEach(result -> ...);
 * }</pre>
 *
 * <p>{@link #parse(Path)} reads one file on its own; {@link #parseInSite(Path)} reads one file with the site it
 * belongs to; {@link #scan(Collection)} reads files, folders and whole sites with the site's configuration (time
 * zone, permalinks, defaults, authors, data files) and conventions.
 */
public final class PostParser {

    private final Site site;
    private final Optional<ZoneId> defaultZone;
    private final boolean strict;
    private final Limits limits;
    private final MarkdownBody markdown;
    private final int parallelism;
    /** Runs before each post is read, with its source name; a test injects failures through it. */
    private final Consumer<String> beforeRead;

    /** The settings this parser was built with, kept for {@link #toBuilder()}; never handed out itself. */
    private final Builder settings;

    private PostParser(Builder b) {
        this.settings = b.copy();
        this.site = b.site;
        this.defaultZone = Optional.ofNullable(b.defaultZone);
        this.strict = b.strict;
        this.limits = new Limits(b.maxFileSize, b.maxFrontMatterSize, b.maxNestingDepth, b.maxFrontMatterValues,
                b.maxLineLength, b.maxTalksPerPost, b.maxLinksPerPost, b.maxBlocksPerPost, b.maxSpansPerPost,
                b.maxMarkdownSize);
        this.markdown = new MarkdownBody(b.gfm);
        this.parallelism = b.parallelism;
        this.beforeRead = b.beforeRead;
    }

    /**
     * A parser with default settings: no site, UTC for dates without offset, warnings kept as warnings.
     *
     * @return a new parser
     */
    public static PostParser create() {
        return builder().build();
    }

    /**
     * A builder for a configured parser.
     *
     * @return a builder with the settings of {@link #create()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this parser's settings, to build a parser that differs in a few of them; this parser is
     * not changed.
     *
     * @return a new builder with every setting of this parser
     */
    public Builder toBuilder() {
        return settings.copy();
    }

    /**
     * How many threads a {@link SiteScan} reads files on (1: the caller's thread only).
     *
     * @return the number of threads, at least 1
     */
    public int parallelism() {
        return parallelism;
    }

    /**
     * Whether warnings are reported as errors.
     *
     * @return {@code true} when every warning is reported as an error
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Reads the post in {@code content}, naming it {@code sourceName} (usually its file name) in diagnostics.
     *
     * @param content    the whole file: front matter and body
     * @param sourceName the name diagnostics give; not blank
     * @return the post and its diagnostics
     */
    public ParseResult parse(String content, String sourceName) {
        requireNonNull(content, "content");
        requireNonNull(sourceName, "sourceName");
        if (sourceName.isBlank()) {
            throw new IllegalArgumentException("sourceName must not be blank");
        }
        try {
            beforeRead.accept(sourceName);
            PostReader reader = new PostReader(SiteConfig.none(site), defaultZone, limits, markdown);
            String name = sourceName.replace('\\', '/');
            return finish(sourceName, reader.read(content, sourceName, name.substring(name.lastIndexOf('/') + 1)));
        } catch (Throwable t) {
            return failed(sourceName, t);
        }
    }

    /**
     * Reads the post from {@code reader}, which is read to its end but not closed.
     *
     * @param reader     the whole file: front matter and body
     * @param sourceName the name diagnostics give; not blank
     * @return the post and its diagnostics; a reader that fails is a result with an error
     */
    public ParseResult parse(Reader reader, String sourceName) {
        requireNonNull(reader, "reader");
        requireNonNull(sourceName, "sourceName");
        try {
            return readAll(reader, sourceName);
        } catch (Throwable t) {
            return failed(sourceName, t);
        }
    }

    private ParseResult readAll(Reader reader, String sourceName) {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                sb.append(buffer, 0, n);
                if (sb.length() > limits.maxFileSize()) {
                    return new ParseResult(sourceName, Optional.empty(), List.of(Diagnostic.error(sourceName, 1, 1,
                            "input is larger than " + limits.maxFileSize() + " characters; refusing to read it"
                            + Limits.raiseWith("maxFileSize"))));
                }
            }
        } catch (IOException e) {
            return new ParseResult(sourceName, Optional.empty(),
                    List.of(Diagnostic.error(sourceName, 1, 1, "cannot read: " + e.getMessage())));
        }
        return parse(sb.toString(), sourceName);
    }

    /**
     * Reads the post file at {@code path} on its own, without looking for the site it belongs to: no site
     * configuration, generator rules or site conventions apply (see {@link #parseInSite(Path)}).
     *
     * @param path the post file
     * @return the post and its diagnostics; a missing or unreadable file is a result with an error
     */
    public ParseResult parse(Path path) {
        requireNonNull(path, "path");
        PostReader reader = new PostReader(SiteConfig.none(site), defaultZone, limits, markdown);
        return read(reader, path, path.toString(), path.getFileName() == null ? path.toString()
                : path.getFileName().toString());
    }

    /**
     * Reads the post file at {@code path} with the site it belongs to, as a {@link SiteScan} of that site reads it:
     * the site root is found at or above the file, and the generator's rules (date, slug, permalink, drafts,
     * defaults), the site configuration (zone, URL, authors, data files) and the site's conventions apply, so the
     * result is the one scanning the whole site gives for this file. A file in no recognised site is read as
     * {@link #parse(Path)} reads it.
     *
     * <p>Finding the conventions reads the front matter of every post of the site, so this is for one file (an
     * editor, a preview); to read many files of a site, scan it once. Problems of the site's configuration files
     * are not in the result: {@code scan(path).siteDiagnostics()} lists them.
     *
     * @param path the post file
     * @return the post and its diagnostics; a missing file, or a folder, is a result with an error
     */
    public ParseResult parseInSite(Path path) {
        requireNonNull(path, "path");
        if (Files.isDirectory(path)) {
            return parse(path); // a folder holds many posts: the same error as parse(Path) gives
        }
        Iterator<ParseResult> results = scan(List.of(path)).iterator();
        return results.hasNext() ? results.next() : parse(path);
    }

    /**
     * Lists the posts under {@code paths} — post files, folders searched recursively for {@code .md} and
     * {@code .markdown}, or Jekyll and Hugo site roots (only their posts: {@code _posts}, {@code _drafts},
     * {@code content}) — and returns them for reading one at a time, in a stable order: by the date in the file
     * name, then by path. Each file is read with the configuration of the site it belongs to, found at or above it.
     * Paths that do not exist become results with an error; the rest still go through.
     *
     * @param paths post files, folders and site roots
     * @return the files found, read as they are iterated
     */
    public SiteScan scan(Collection<Path> paths) {
        requireNonNull(paths, "paths");
        return SiteScan.of(List.copyOf(paths), this);
    }

    /**
     * As {@link #scan(Collection)}.
     *
     * @param paths post files, folders and site roots
     * @return the files found, read as they are iterated
     */
    public SiteScan scan(Path... paths) {
        return scan(List.of(paths));
    }

    /**
     * The HTML rendering of a post's Markdown body, with the same extensions the parser reads it with.
     *
     * @param post a post this parser or another read
     * @return the body as HTML, without the front matter
     */
    public String renderHtml(Post post) {
        requireNonNull(post, "post");
        return markdown.html(post.body());
    }

    // --- used by SiteScan ------------------------------------------------------------------------------------

    PostReader readerFor(Optional<Path> siteRoot, Optional<Path> siteFolder) {
        SiteConfig config = siteRoot.map(root -> SiteConfig.read(root, site, limits)).orElseGet(() ->
                SiteConfig.none(site));
        // Conventions are read once per site from all its posts; a lone file has none.
        SiteConventions conventions = siteFolder.map(root -> SiteConventionsReader.read(root,
                config.site().timeZone(), limits, parallelism)).orElse(SiteConventions.NONE);
        // The one convention that is about the site rather than its posts' dates travels with the site.
        SiteConfig withConventions = conventions.freeEvents().isPresent()
                ? config.withSite(config.site().withFreeEvents(true)) : config;
        return new PostReader(withConventions, defaultZone, limits, markdown, conventions);
    }

    /** Reads one file; whatever goes wrong becomes a diagnostic for that file alone (see {@link InternalFailure}). */
    ParseResult read(PostReader reader, Path path, String source, String relPath) {
        return read(reader, path, source, relPath, keys -> { });
    }

    /** Reads one file, handing the front-matter keys looked up while reading it to {@code keysRead}. */
    ParseResult read(PostReader reader, Path path, String source, String relPath,
                     java.util.function.Consumer<java.util.Set<String>> keysRead) {
        try {
            beforeRead.accept(source);
            return readFile(reader, path, source, relPath, keysRead);
        } catch (Throwable t) {
            return failed(source, t);
        }
    }

    private static ParseResult failed(String source, Throwable t) {
        InternalFailure.rethrowIfFatal(t);
        return new ParseResult(source, Optional.empty(), List.of(InternalFailure.diagnostic(source, t)));
    }

    private ParseResult readFile(PostReader reader, Path path, String source, String relPath,
                                 java.util.function.Consumer<java.util.Set<String>> keysRead) {
        String text;
        List<Diagnostic> decoding = new ArrayList<>();
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                // Opening a FIFO would block until someone writes to it, and a device may never end.
                return new ParseResult(source, Optional.empty(), List.of(Diagnostic.error(source, 1, 1,
                        attributes.isDirectory() ? "is a folder, not a post file"
                                : "is not a regular file (a pipe, device or socket); it was not read")));
            }
            long size = attributes.size();
            if (size > limits.maxFileSize() * 4) {
                return new ParseResult(source, Optional.empty(), List.of(Diagnostic.error(source, 1, 1,
                        "file is larger than " + limits.maxFileSize() + " characters; refusing to read it"
                            + Limits.raiseWith("maxFileSize"))));
            }
            byte[] bytes = Files.readAllBytes(path);
            text = decode(bytes, source, decoding);
        } catch (NoSuchFileException e) {
            return new ParseResult(source, Optional.empty(),
                    List.of(Diagnostic.error(source, 1, 1, "no such file")));
        } catch (IOException | UncheckedIOException e) {
            return new ParseResult(source, Optional.empty(),
                    List.of(Diagnostic.error(source, 1, 1, "cannot read file: " + e.getMessage())));
        }
        PostReader.Outcome outcome = reader.read(text, source, relPath);
        keysRead.accept(outcome.keysRead());
        List<Diagnostic> all = new ArrayList<>(decoding);
        all.addAll(outcome.diagnostics());
        return finish(source, new PostReader.Outcome(outcome.post(), all, outcome.keysRead()));
    }

    private static String decode(byte[] bytes, String source, List<Diagnostic> diagnostics) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int bad = text.indexOf('\uFFFD');
            int line = 1;
            int column = 1;
            for (int i = 0; i < Math.max(0, bad); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            diagnostics.add(Diagnostic.warning(source, line, column,
                    "file is not valid UTF-8; invalid bytes were replaced with U+FFFD"));
            return text;
        }
    }

    private ParseResult finish(String source, PostReader.Outcome outcome) {
        // File order, as ParseResult promises; the sort is stable, so problems at one place keep their order.
        List<Diagnostic> diagnostics = outcome.diagnostics().stream()
                .sorted(java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column))
                .toList();
        if (strict) {
            diagnostics = diagnostics.stream()
                    .map(d -> d.severity() == Severity.WARNING ? d.withSeverity(Severity.ERROR) : d).toList();
        }
        return new ParseResult(source, outcome.post(), diagnostics);
    }

    /** Settings for a {@link PostParser}; each is checked when it is given. Not thread-safe. */
    public static final class Builder {
        private Site site = Site.UNKNOWN;
        private ZoneId defaultZone;
        private boolean strict;
        private boolean gfm = true;
        private long maxFileSize = Limits.DEFAULT.maxFileSize();
        private int maxFrontMatterSize = Limits.DEFAULT.maxFrontMatterSize();
        private int maxNestingDepth = Limits.DEFAULT.maxNestingDepth();
        private int maxFrontMatterValues = Limits.DEFAULT.maxValues();
        private int maxLineLength = Limits.DEFAULT.maxLineLength();
        private int maxTalksPerPost = Limits.DEFAULT.maxTalks();
        private int maxLinksPerPost = Limits.DEFAULT.maxLinks();
        private int maxBlocksPerPost = Limits.DEFAULT.maxBlocks();
        private int maxSpansPerPost = Limits.DEFAULT.maxSpans();
        private int maxMarkdownSize = Limits.DEFAULT.maxMarkdownSize();
        private int parallelism = 1;
        private Consumer<String> beforeRead = source -> { };

        private Builder() {
        }

        /** For tests only: runs {@code hook} with each post's source name before the post is read. */
        Builder beforeRead(Consumer<String> hook) {
            this.beforeRead = requireNonNull(hook, "hook");
            return this;
        }

        /**
         * The site lone files belong to, and the defaults for what a scanned site's configuration leaves out
         * (its title, URL, links).
         *
         * @param site the site; {@link Site#UNKNOWN} by default
         * @return the same builder
         */
        public Builder site(Site site) {
            this.site = requireNonNull(site, "site");
            return this;
        }

        /**
         * The zone for dates and times without offset when the site names none (by default UTC). The event
         * extractor uses it after the event's own and the site's zone.
         *
         * @param zone the zone, e.g. {@code Asia/Kolkata}
         * @return the same builder
         */
        public Builder defaultZone(ZoneId zone) {
            this.defaultZone = requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Whether warnings are reported as errors (default false).
         *
         * @param strict {@code true} to report warnings as errors
         * @return the same builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Whether GitHub-flavoured tables and bare-URL autolinks are read (default true).
         *
         * @param gfm {@code false} to read plain CommonMark
         * @return the same builder
         */
        public Builder gfm(boolean gfm) {
            this.gfm = gfm;
            return this;
        }

        /**
         * The largest file read, in characters (default 16 MiB).
         *
         * @param characters the limit; positive
         * @return the same builder
         */
        public Builder maxFileSize(long characters) {
            this.maxFileSize = positive(characters, "maxFileSize");
            return this;
        }

        /**
         * The largest front-matter block read, in characters (default 256 Ki; the largest of 1,250 real posts'
         * is under 1.5 K). The YAML scanner meetkit uses is quadratic on some values (a quoted scalar of spaces),
         * so this cap also bounds the time one post's front matter can take.
         *
         * @param characters the limit; positive
         * @return the same builder
         */
        public Builder maxFrontMatterSize(int characters) {
            this.maxFrontMatterSize = (int) positive(characters, "maxFrontMatterSize");
            return this;
        }

        /**
         * The deepest nesting of maps and lists in front matter, an error past it, and of block quotes and lists in
         * the body, a warning past it (default 64).
         *
         * @param depth the limit; positive
         * @return the same builder
         */
        public Builder maxNestingDepth(int depth) {
            this.maxNestingDepth = (int) positive(depth, "maxNestingDepth");
            return this;
        }

        /**
         * How many values front matter may hold once YAML aliases are expanded (default 100,000).
         *
         * @param values the limit; positive
         * @return the same builder
         */
        public Builder maxFrontMatterValues(int values) {
            this.maxFrontMatterValues = (int) positive(values, "maxFrontMatterValues");
            return this;
        }

        /**
         * The longest line searched for event facts, in characters (default 100,000); a longer line is kept in the
         * body but not searched, with a warning.
         *
         * @param characters the limit; positive
         * @return the same builder
         */
        public Builder maxLineLength(int characters) {
            this.maxLineLength = (int) positive(characters, "maxLineLength");
            return this;
        }

        /**
         * The most talks kept for a post's event (default 200); past it the first ones are kept, with a warning.
         *
         * @param talks the limit; positive
         * @return the same builder
         */
        public Builder maxTalksPerPost(int talks) {
            this.maxTalksPerPost = (int) positive(talks, "maxTalksPerPost");
            return this;
        }

        /**
         * The most links kept for a post and for its event (default 1,000); past it the first ones are kept, with a
         * warning.
         *
         * @param links the limit; positive
         * @return the same builder
         */
        public Builder maxLinksPerPost(int links) {
            this.maxLinksPerPost = (int) positive(links, "maxLinksPerPost");
            return this;
        }

        /**
         * The most blocks of a post's body (paragraphs, headings, list items, table rows) searched for event facts
         * (default 10,000; real posts have a few hundred). Past it the rest of the body is kept but not searched,
         * with a warning, so that the memory reading a post takes stays bounded.
         *
         * @param blocks the limit; positive
         * @return the same builder
         */
        public Builder maxBlocksPerPost(int blocks) {
            this.maxBlocksPerPost = (int) positive(blocks, "maxBlocksPerPost");
            return this;
        }

        /**
         * The most inline links, code spans and emphases of a post's body searched for event facts (default 10,000;
         * real posts have fewer than a hundred). Past it the others are not searched, with a warning.
         *
         * @param spans the limit; positive
         * @return the same builder
         */
        public Builder maxSpansPerPost(int spans) {
            this.maxSpansPerPost = (int) positive(spans, "maxSpansPerPost");
            return this;
        }

        /**
         * The most characters of a post's body parsed as Markdown (default 256 KiB; the longest post of the shared
         * corpus has under 64 KB). The Markdown tree takes many times the memory of its text (a 1 MiB body of
         * emphasis does not fit a 128 MB heap), so past it the body is kept whole in the post but only its first
         * lines are read for links, headings and event facts, with a warning.
         *
         * @param characters the limit; positive
         * @return the same builder
         */
        public Builder maxMarkdownSize(int characters) {
            this.maxMarkdownSize = (int) positive(characters, "maxMarkdownSize");
            return this;
        }

        /**
         * How many threads a {@link SiteScan} reads files on (default 1: everything on the iterating thread). With
         * more, each iteration of a scan reads a bounded window of files ahead on its own daemon threads; results
         * come in the same order and are equal to a one-thread scan's. For a site build on a machine of its own,
         * {@code Runtime.getRuntime().availableProcessors()} is a good value.
         *
         * @param threads the number of threads; positive
         * @return the same builder
         */
        public Builder parallelism(int threads) {
            this.parallelism = (int) positive(threads, "parallelism");
            return this;
        }

        private static long positive(long value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }

        /** A builder with the same settings. */
        Builder copy() {
            Builder b = new Builder();
            b.site = site;
            b.defaultZone = defaultZone;
            b.strict = strict;
            b.gfm = gfm;
            b.maxFileSize = maxFileSize;
            b.maxFrontMatterSize = maxFrontMatterSize;
            b.maxNestingDepth = maxNestingDepth;
            b.maxFrontMatterValues = maxFrontMatterValues;
            b.maxLineLength = maxLineLength;
            b.maxTalksPerPost = maxTalksPerPost;
            b.maxLinksPerPost = maxLinksPerPost;
            b.maxBlocksPerPost = maxBlocksPerPost;
            b.maxSpansPerPost = maxSpansPerPost;
            b.maxMarkdownSize = maxMarkdownSize;
            b.parallelism = parallelism;
            b.beforeRead = beforeRead;
            return b;
        }

        /**
         * The parser.
         *
         * @return an immutable, thread-safe parser; this builder can go on being used
         */
        public PostParser build() {
            return new PostParser(this);
        }
    }
}
