package io.meetkit.markdown;

import static java.util.Objects.requireNonNull;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Post;
import io.meetkit.core.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading one post: the post, when one could be read, and every problem found on the way.
 * A result can hold a post and warnings; a result with an error may still hold a post built from what could be read.
 *
 * @param source      the file name or source name the result is about
 * @param post        the post, empty when nothing sensible could be read
 * @param diagnostics warnings and errors in file order
 */
public record ParseResult(String source, Optional<Post> post, List<Diagnostic> diagnostics) {

    /**
     * Checks the values and copies the diagnostics.
     *
     * @param source      the file name or source name the result is about
     * @param post        the post, empty when nothing sensible could be read
     * @param diagnostics warnings and errors in file order
     */
    public ParseResult {
        requireNonNull(source, "source");
        requireNonNull(post, "post");
        diagnostics = List.copyOf(requireNonNull(diagnostics, "diagnostics"));
    }

    /**
     * Whether any diagnostic is an error.
     *
     * @return {@code true} when the post should not be trusted (or published) as read
     */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /**
     * The errors only.
     *
     * @return the diagnostics of severity error, in file order
     */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    /**
     * The warnings only.
     *
     * @return the diagnostics of severity warning, in file order
     */
    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).toList();
    }
}
