package io.meetkit.benchmarks;

import io.meetkit.core.Post;
import io.meetkit.core.Site;
import io.meetkit.markdown.PostParser;
import io.meetkit.markdown.internal.FrontMatter;
import io.meetkit.markdown.internal.Limits;
import io.meetkit.markdown.internal.MarkdownBody;
import io.meetkit.markdown.internal.extract.ExtractionInput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Node;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The generated posts every benchmark reads, and what each stage needs as input, prepared once per fork so a stage
 * benchmark measures that stage alone. Each benchmark operation handles one post, cycling through the corpus.
 */
public final class Corpus {

    private Corpus() {
    }

    /** The raw posts: names, bytes, and the mean size used to turn posts/s into MB/s. */
    @State(Scope.Benchmark)
    public static class Files {
        /** How many distinct posts are cycled through; enough that no branch predictor learns one post. */
        @Param("2000")
        public int posts;

        public String[] names;
        public byte[][] bytes;
        public String[] texts;

        @Setup(Level.Trial)
        public void generate() {
            List<CorpusGenerator.GeneratedPost> all = CorpusGenerator.posts(CorpusGenerator.DEFAULT_SEED, posts);
            names = new String[posts];
            bytes = new byte[posts][];
            texts = new String[posts];
            for (int i = 0; i < posts; i++) {
                names[i] = all.get(i).fileName();
                bytes[i] = all.get(i).bytes();
                texts[i] = new String(bytes[i], StandardCharsets.UTF_8);
            }
        }

        public static double meanBytes(int posts) {
            long total = 0;
            for (CorpusGenerator.GeneratedPost p : CorpusGenerator.posts(CorpusGenerator.DEFAULT_SEED, posts)) {
                total += p.bytes().length;
            }
            return (double) total / posts;
        }
    }

    /** Front matter split off and read, for the Markdown stage. */
    @State(Scope.Benchmark)
    public static class Split {
        public FrontMatter[] frontMatter;

        @Setup(Level.Trial)
        public void split(Files files) {
            frontMatter = new FrontMatter[files.posts];
            for (int i = 0; i < files.posts; i++) {
                frontMatter[i] = FrontMatter.read(files.texts[i], files.names[i], Limits.DEFAULT);
            }
        }
    }

    /** Parsed posts, for the exporters, and the extractor's inputs. */
    @State(Scope.Benchmark)
    public static class Parsed {
        public final PostParser parser = PostParser.create();
        public Post[] posts;
        public ExtractionInput[] extraction;

        @Setup(Level.Trial)
        public void parse(Files files, Split split) {
            MarkdownBody markdown = new MarkdownBody(true);
            List<Post> out = new ArrayList<>();
            List<ExtractionInput> inputs = new ArrayList<>();
            for (int i = 0; i < files.posts; i++) {
                Optional<Post> post = parser.parse(files.texts[i], files.names[i]).post();
                FrontMatter fm = split.frontMatter[i];
                if (post.isEmpty() || fm.error().isPresent()) {
                    continue;
                }
                out.add(post.get());
                Node document = markdown.parse(fm.body(), fm.bodyStartLine());
                inputs.add(new ExtractionInput(files.names[i], post.get().title(), post.get().date(), fm.values(),
                        fm.positions(), document, Site.UNKNOWN, Optional.empty(), Map.of()));
            }
            posts = out.toArray(Post[]::new);
            extraction = inputs.toArray(ExtractionInput[]::new);
        }
    }

    /** Which post an operation handles: one state per thread, cycling. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        public int next(int size) {
            int i = next;
            next = i + 1 == size ? 0 : i + 1;
            return i;
        }
    }
}
