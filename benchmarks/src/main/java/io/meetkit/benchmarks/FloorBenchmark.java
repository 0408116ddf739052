package io.meetkit.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.toml.TomlMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The floor: only what any reader of these posts must do, on the same posts as {@link StageBenchmarks} — decode the
 * bytes, cut the front matter at its delimiters, read it into a map with Jackson (YAML, TOML or JSON), and parse the
 * body into a commonmark tree. No positions, no model, no extraction, no output.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class FloorBenchmark {

    private final ObjectMapper yaml = YAMLMapper.builder().build();
    private final ObjectMapper toml = TomlMapper.builder().build();
    private final ObjectMapper json = JsonMapper.builder().build();
    private final Parser commonmark = Parser.builder().build();

    @Benchmark
    public void floor(Corpus.Files files, Corpus.Cursor cursor, Blackhole bh) {
        String text = new String(files.bytes[cursor.next(files.posts)], StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String body = text;
        if (text.startsWith("---") || text.startsWith("+++")) {
            String fence = text.substring(0, 3);
            int open = text.indexOf('\n') + 1;
            int close = text.indexOf("\n" + fence, open);
            if (close > 0) {
                ObjectMapper mapper = fence.equals("---") ? yaml : toml;
                bh.consume(mapper.readValue(text.substring(open, close + 1), Map.class));
                int end = text.indexOf('\n', close + 1);
                body = end < 0 ? "" : text.substring(end + 1);
            }
        } else if (text.startsWith("{")) {
            int close = text.indexOf("\n}");
            if (close > 0) {
                bh.consume(json.readValue(text.substring(0, close + 2), Map.class));
                body = text.substring(close + 2);
            }
        }
        Node document = commonmark.parse(body);
        bh.consume(document);
    }
}
