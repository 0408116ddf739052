package io.meetkit.export.ical;

import static java.util.Objects.requireNonNull;

import io.meetkit.core.Diagnostic;
import java.util.List;

/**
 * What an {@link IcsWriter} wrote: how many {@code VEVENT}s, and why some posts were left out.
 *
 * @param events      the number of {@code VEVENT} components written (talks written as their own events count)
 * @param diagnostics posts that were skipped (no event, no date) or changed (a UID made unique), in input order
 */
public record IcsResult(int events, List<Diagnostic> diagnostics) {

    public IcsResult {
        if (events < 0) {
            throw new IllegalArgumentException("events must not be negative, was " + events);
        }
        diagnostics = List.copyOf(requireNonNull(diagnostics, "diagnostics"));
    }
}
