package io.meetkit.markdown.internal.extract;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Event;
import java.util.List;
import java.util.Optional;

/**
 * What the extractor found in one post: the event, if the post is about one, and the problems it met.
 *
 * @param event       the event, or empty for a post that is not about an event
 * @param diagnostics warnings and errors, each with the position of the key or sentence concerned
 */
public record ExtractionResult(Optional<Event> event, List<Diagnostic> diagnostics) {

    public ExtractionResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
