package io.meetkit.benchmarks;

import io.meetkit.core.Post;
import io.meetkit.export.ical.IcsWriter;
import io.meetkit.export.json.PostJson;
import io.meetkit.export.jsonld.JsonLdWriter;
import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import io.meetkit.markdown.internal.FrontMatter;
import io.meetkit.markdown.internal.Limits;
import io.meetkit.markdown.internal.MarkdownBody;
import io.meetkit.markdown.internal.extract.EventExtractor;
import io.meetkit.markdown.internal.extract.ExtractionResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One post per operation through each stage of meetkit, and through all of them: split and front matter, Markdown
 * parse, event extraction, JSON, iCalendar, JSON-LD, and the whole pipeline from the file's bytes to all three
 * exports. Throughput is posts per second; {@code -prof gc}'s {@code gc.alloc.rate.norm} is bytes per post.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class StageBenchmarks {

    private final PostParser parser = PostParser.create();
    private final MarkdownBody markdown = new MarkdownBody(true);
    private final EventExtractor extractor = new EventExtractor();
    private final PostJson json = PostJson.create();
    private final IcsWriter ics = IcsWriter.builder()
            .clock(Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC)).build();
    private final JsonLdWriter jsonLd = JsonLdWriter.create();
    // Output is formatted in full and thrown away, so the benchmark measures the writer, not a disk.
    private final Writer sink = Writer.nullWriter();

    @Benchmark
    public FrontMatter frontMatter(Corpus.Files files, Corpus.Cursor cursor) {
        int i = cursor.next(files.posts);
        return FrontMatter.read(files.texts[i], files.names[i], Limits.DEFAULT);
    }

    @Benchmark
    public Node markdown(Corpus.Split split, Corpus.Cursor cursor) {
        FrontMatter fm = split.frontMatter[cursor.next(split.frontMatter.length)];
        return markdown.parse(fm.body(), fm.bodyStartLine());
    }

    @Benchmark
    public ExtractionResult extraction(Corpus.Parsed parsed, Corpus.Cursor cursor) {
        return extractor.extract(parsed.extraction[cursor.next(parsed.extraction.length)]);
    }

    /** Bytes to {@link Post}: decoding, front matter, Markdown, the post's fields and the event. */
    @Benchmark
    public ParseResult read(Corpus.Files files, Corpus.Cursor cursor) {
        int i = cursor.next(files.posts);
        return parser.parse(new String(files.bytes[i], StandardCharsets.UTF_8), files.names[i]);
    }

    @Benchmark
    public Writer json(Corpus.Parsed parsed, Corpus.Cursor cursor) throws IOException {
        json.write(parsed.posts[cursor.next(parsed.posts.length)], sink);
        return sink;
    }

    @Benchmark
    public Writer ical(Corpus.Parsed parsed, Corpus.Cursor cursor) throws IOException {
        ics.write(parsed.posts[cursor.next(parsed.posts.length)], sink);
        return sink;
    }

    @Benchmark
    public Writer jsonLd(Corpus.Parsed parsed, Corpus.Cursor cursor) throws IOException {
        jsonLd.write(parsed.posts[cursor.next(parsed.posts.length)], sink);
        return sink;
    }

    /** The file's bytes to JSON, iCalendar and JSON-LD: what a site build pays per post. */
    @Benchmark
    public Writer pipeline(Corpus.Files files, Corpus.Cursor cursor) throws IOException {
        int i = cursor.next(files.posts);
        ParseResult result = parser.parse(new String(files.bytes[i], StandardCharsets.UTF_8), files.names[i]);
        if (result.post().isPresent()) {
            Post post = result.post().get();
            json.write(post, sink);
            ics.write(post, sink);
            jsonLd.write(post, sink);
        }
        return sink;
    }
}
