package io.meetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java is what users copy first, so it must compile and run as written. Every {@code ```java} block is
 * compiled as the body of a {@code main} method, against the modules' classes, with the few names the README
 * leaves to the reader ({@code posts}, {@code post}, {@code writer}, {@code reader}) declared only when a block uses
 * them without declaring them; then each runs in its own JVM in a folder holding the bundled sample posts under
 * the names the README uses ({@code _posts/…}, {@code post.md}, {@code my-jekyll-site/}).
 */
class ReadmeJavaTest {

    private static final Path README = Path.of(System.getProperty("user.dir")).getParent().resolve("README.md");
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```");
    private static final String SAMPLES = "/io/meetkit/examples/samples/";
    private static final List<String> IMPORTS = List.of("io.meetkit.core.*", "io.meetkit.markdown.*",
            "io.meetkit.export.*", "io.meetkit.export.json.*", "io.meetkit.export.ical.*",
            "io.meetkit.export.jsonld.*", "java.io.*", "java.net.URI", "java.nio.file.*", "java.time.*", "java.util.List");
    /** What a block may use without declaring it, and how the harness declares it. */
    private static final List<String[]> CONTEXT = List.of(
            new String[] {"posts", "List<Post> posts = PostParser.create().scan(Path.of(\"_posts\")).stream()"
                    + ".flatMap(r -> r.post().stream()).toList();"},
            new String[] {"post", "Post post = PostParser.create().scan(Path.of(\"_posts\")).stream()"
                    + ".flatMap(r -> r.post().stream()).findFirst().orElseThrow();"},
            new String[] {"writer", "Writer writer = new StringWriter();"},
            new String[] {"reader", "Reader reader = new StringReader(io.meetkit.export.json.PostJson.create()"
                    + ".toJson(PostParser.create().scan(Path.of(\"_posts\")).stream()"
                    + ".flatMap(r -> r.post().stream()).toList()));"});

    @TempDir
    static Path work;
    static Path classes;
    static List<String> blocks;

    @BeforeAll
    static void compileEveryBlock() throws IOException {
        blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        Path sources = Files.createDirectories(work.resolve("src"));
        classes = Files.createDirectories(work.resolve("classes"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Path file = sources.resolve("ReadmeBlock" + (i + 1) + ".java");
            Files.writeString(file, program("ReadmeBlock" + (i + 1), blocks.get(i)), StandardCharsets.UTF_8);
            files.add(file);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(problems, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(null, fm, problems, List.of("-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(), "-proc:none"), null, fm.getJavaFileObjectsFromPaths(files)).call();
            assertThat(problems.getDiagnostics()).as("javac on the README's blocks").isEmpty();
            assertThat(ok).isTrue();
        }
        Path site = Files.createDirectories(work.resolve("run/my-jekyll-site/_posts"));
        Files.writeString(work.resolve("run/my-jekyll-site/_config.yml"), "title: Lakeside Python\n");
        Path posts = Files.createDirectories(work.resolve("run/_posts"));
        for (String name : sampleNames()) {
            try (InputStream in = ReadmeJavaTest.class.getResourceAsStream(SAMPLES + name)) {
                byte[] bytes = in.readAllBytes();
                Files.write(posts.resolve(name), bytes);
                Files.write(site.resolve(name), bytes);
                if (!Files.exists(work.resolve("run/post.md"))) {
                    Files.write(work.resolve("run/post.md"), bytes);
                }
            }
        }
    }

    private static List<String> sampleNames() throws IOException {
        try (InputStream in = ReadmeJavaTest.class.getResourceAsStream(SAMPLES + "index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
        }
    }

    /** A class whose main method is the block, after the context names the block uses but does not declare. */
    static String program(String name, String block) {
        StringBuilder sb = new StringBuilder();
        IMPORTS.forEach(i -> sb.append("import ").append(i).append(";\n"));
        sb.append("public class ").append(name).append(" {\n")
                .append("    public static void main(String[] args) throws Exception {\n");
        for (String[] c : CONTEXT) {
            boolean used = Pattern.compile("\\b" + c[0] + "\\b").matcher(block).find();
            boolean declared = Pattern.compile("[\\w>]\\s+" + c[0] + "\\s*=|\\b" + c[0] + "\\s*->")
                    .matcher(block).find();
            if (used && !declared) {
                sb.append("        ").append(c[1]).append('\n');
            }
        }
        sb.append(block).append("    }\n}\n");
        return sb.toString();
    }

    @Test
    void theReadmeHasItsJavaBlocks() {
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);
        assertThat(blocks.get(0)).contains("PostParser").contains("IcsWriter");
    }

    @Test
    void everyBlockRunsAsWritten() throws Exception {
        for (int i = 0; i < blocks.size(); i++) {
            Path out = work.resolve("block" + (i + 1) + ".out");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classes + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                    "ReadmeBlock" + (i + 1))
                    .directory(work.resolve("run").toFile()).redirectErrorStream(true).redirectOutput(out.toFile())
                    .start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("block %d finished", i + 1).isTrue();
            assertThat(p.exitValue()).as("block %d:%n%s%n%s", i + 1, blocks.get(i), Files.readString(out))
                    .isZero();
        }
    }

    @Test
    void theFirstScreensBlockWritesTheCalendarAndTheJson() throws Exception {
        everyBlockRunsAsWritten();
        Path ics = work.resolve("run/march-meetup.ics");
        Path json = work.resolve("run/march-meetup.json");
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
        assertThat(Files.readString(json)).startsWith("{").contains("\"title\"");
    }
}
