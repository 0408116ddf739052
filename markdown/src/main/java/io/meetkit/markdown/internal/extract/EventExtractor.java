package io.meetkit.markdown.internal.extract;

import java.util.List;
import java.util.Optional;

/**
 * Finds the event a post is about, from its structured front-matter keys first and its prose second.
 * Stateless and thread-safe.
 */
public final class EventExtractor {

    public EventExtractor() {
    }

    /** Extracts the event of one post; never throws on bad input, reports it as diagnostics instead. */
    public ExtractionResult extract(ExtractionInput input) {
        // Placeholder until the extraction work (issue 4) lands: no event is ever invented.
        return new ExtractionResult(Optional.empty(), List.of());
    }
}
