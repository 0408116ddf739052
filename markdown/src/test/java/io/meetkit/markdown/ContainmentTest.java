package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Post;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever fails inside meetkit while one file is read becomes an error for that file, and the batch goes on. The
 * failures are injected through the parser's test hook, so the test does not depend on which input happens to
 * break the parser today.
 */
class ContainmentTest {

    @TempDir
    Path dir;

    private static final String POST = "---\ntitle: %s\ndate: 2024-0%d-01\n---\nText.\n";

    private void threePosts() throws IOException {
        for (int i = 1; i <= 3; i++) {
            Files.writeString(dir.resolve("2024-0" + i + "-01-post-" + i + ".md"), POST.formatted("Post " + i, i));
        }
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    /** Fails the way {@code failure} says while the second post is read, for real where it can. */
    private static Consumer<String> failOnSecondPost(String failure) {
        return source -> {
            if (!source.contains("post-2")) {
                return;
            }
            switch (failure) {
                case "StackOverflowError" -> recurse(0);
                case "OutOfMemoryError" -> {
                    long[] tooLarge = new long[Integer.MAX_VALUE - 16];
                    tooLarge[0] = 1;
                }
                case "IllegalStateException" -> throw new IllegalStateException("secret text from the file");
                case "NoClassDefFoundError" -> throw new NoClassDefFoundError("some/Missing");
                default -> throw new AssertionError(failure);
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"StackOverflowError", "OutOfMemoryError", "IllegalStateException",
            "NoClassDefFoundError"})
    void aFailureWhileReadingOneFileIsAnErrorForThatFileAndTheOthersAreRead(String failure) throws IOException {
        threePosts();
        PostParser parser = PostParser.builder().beforeRead(failOnSecondPost(failure)).build();
        List<ParseResult> results = parser.scan(dir).stream().toList();

        assertThat(results).hasSize(3);
        assertThat(results.get(0).post()).map(Post::title).contains("Post 1");
        assertThat(results.get(2).post()).map(Post::title).contains("Post 3");
        ParseResult failed = results.get(1);
        assertThat(failed.source()).endsWith("post-2.md");
        assertThat(failed.post()).isEmpty();
        assertThat(failed.diagnostics()).hasSize(1);
        Diagnostic d = failed.diagnostics().get(0);
        assertThat(d.isError()).isTrue();
        assertThat(d.line()).isOne();
        assertThat(d.column()).isOne();
        assertThat(d.message()).contains("(" + failure + ")").doesNotContain("secret");
    }

    @Test
    void theMessageSaysItIsAnInternalErrorToReport() throws IOException {
        threePosts();
        PostParser parser = PostParser.builder().beforeRead(failOnSecondPost("StackOverflowError")).build();
        ParseResult failed = parser.scan(dir).stream().toList().get(1);
        assertThat(failed.diagnostics().get(0).toString()).isEqualTo(failed.source()
                + ":1:1: error: internal error while reading this file (StackOverflowError); please report it");
    }

    @Test
    void runningOutOfMemoryOnOneFileSaysSoRatherThanAskingForABugReport() throws IOException {
        threePosts();
        PostParser parser = PostParser.builder().beforeRead(failOnSecondPost("OutOfMemoryError")).build();
        ParseResult failed = parser.scan(dir).stream().toList().get(1);
        assertThat(failed.diagnostics().get(0).message()).startsWith("not enough memory to read this file");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"StackOverflowError", "OutOfMemoryError", "IllegalStateException"})
    void theReadAheadThreadsContainFailuresTheSameWay(String failure) throws IOException {
        threePosts();
        for (int i = 4; i <= 9; i++) {
            Files.writeString(dir.resolve("2024-0" + i + "-01-post-" + i + ".md"), POST.formatted("Post " + i, i));
        }
        List<ParseResult> one = PostParser.builder().beforeRead(failOnSecondPost(failure)).build()
                .scan(dir).stream().toList();
        List<ParseResult> three = PostParser.builder().beforeRead(failOnSecondPost(failure)).parallelism(3).build()
                .scan(dir).stream().toList();
        assertThat(three).isEqualTo(one);
        assertThat(three).filteredOn(r -> r.post().isPresent()).hasSize(8);
    }

    @Test
    void aFailureWhileParsingTextOrAReaderIsContainedToo() {
        PostParser parser = PostParser.builder().beforeRead(failOnSecondPost("StackOverflowError")).build();
        ParseResult fromText = parser.parse(POST.formatted("Two", 2), "post-2.md");
        ParseResult fromReader = parser.parse(new StringReader(POST.formatted("Two", 2)), "post-2.md");
        assertThat(fromText.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("internal error while reading this file (StackOverflowError); please report it");
        assertThat(fromReader).isEqualTo(fromText);
        assertThat(parser.parse(POST.formatted("One", 1), "post-1.md").post()).isPresent();
    }

    @Test
    void anErrorThatMeansTheJvmIsBrokenIsNotSwallowed() {
        PostParser parser = PostParser.builder().beforeRead(source -> {
            throw new InternalError("the JVM is broken");
        }).build();
        assertThatThrownBy(() -> parser.parse("---\ntitle: x\n---\n", "x.md")).isInstanceOf(InternalError.class);
    }
}
