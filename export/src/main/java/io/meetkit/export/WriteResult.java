package io.meetkit.export;

import static java.util.Objects.requireNonNull;

import io.meetkit.core.Diagnostic;
import java.util.List;

/**
 * What one call of a writer did, the same for every format: how many posts it was given, how many events it wrote,
 * and what it left out or changed and why. {@code PostJson}, {@code IcsWriter} and {@code JsonLdWriter} all return
 * one, so a caller handles JSON, iCalendar and JSON-LD output alike:
 *
 * <pre>{@code
 * WriteResult result = IcsWriter.create().writeFeed(scan.posts(), Path.of("events.ics"));
 * result.diagnostics().forEach(System.err::println);
 * System.err.println(result.events() + " events from " + result.posts() + " posts");
 * }</pre>
 *
 * <p>What counts as an event written depends on the format: a post's event in JSON; a {@code VEVENT} in iCalendar,
 * where talks written as events of their own count too; an {@code Event} node in JSON-LD, where talks are part of
 * their meetup's node and an event left out for search engines does not count.
 *
 * @param posts       how many posts the writer was given (each read once, also from a one-pass {@link Iterable})
 * @param events      how many events it wrote
 * @param diagnostics the posts and values left out or changed, and why, as warnings in input order; empty when the
 *                    output holds everything that was given
 */
public record WriteResult(int posts, int events, List<Diagnostic> diagnostics) {

    /**
     * Checks the counts and copies the diagnostics.
     *
     * @param posts       how many posts were given; not negative
     * @param events      how many events were written; not negative
     * @param diagnostics what was left out or changed, and why
     * @throws IllegalArgumentException if a count is negative
     */
    public WriteResult {
        if (posts < 0 || events < 0) {
            throw new IllegalArgumentException("counts must not be negative, were posts=" + posts + ", events="
                    + events);
        }
        diagnostics = List.copyOf(requireNonNull(diagnostics, "diagnostics"));
    }
}
