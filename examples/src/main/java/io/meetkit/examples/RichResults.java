package io.meetkit.examples;

import io.meetkit.core.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Search-engine recommendations for a whole {@code check} run, as one summary: how many events lack each thing
 * with a few example files, instead of the same five lines repeated per event.
 */
final class RichResults {
    private static final int EXAMPLES = 3;

    /** What each recommendation is about, by the diagnostic's key, in the order they are listed. */
    private static final Map<String, String> WHAT = Map.of(
            "startDate", "have no start date (required)",
            "location", "have no location with an address, or are online only (required for a rich result)",
            "location.address", "have a location without an address (required)",
            "event", "are left out of the JSON-LD (no start date or no location)",
            "description", "have no description (recommended)",
            "endDate", "have no end time (recommended)",
            "image", "have no image (recommended)",
            "organizer", "have no organizer (recommended)",
            "performer", "have no performer: no talk with a speaker (recommended)");

    private final Map<String, Set<String>> filesByWhat = new TreeMap<>();
    private final Set<String> events = new LinkedHashSet<>();

    void add(List<Diagnostic> recommendations) {
        for (Diagnostic d : recommendations) {
            String what = d.key().map(WHAT::get).orElse(null);
            if (what == null) {
                what = d.message();
            }
            filesByWhat.computeIfAbsent(what, k -> new LinkedHashSet<>()).add(d.source());
            events.add(d.source());
        }
    }

    /** The summary's lines, or none when nothing was recommended. */
    List<String> summary() {
        List<String> lines = new ArrayList<>();
        if (filesByWhat.isEmpty()) {
            return lines;
        }
        lines.add(String.format(Locale.ROOT, "meetup: note: schema.org Event rich results: %d events could do better "
                + "(meetup check --rich-results lists each)", events.size()));
        filesByWhat.forEach((what, files) -> {
            List<String> some = files.stream().limit(EXAMPLES).toList();
            lines.add(String.format(Locale.ROOT, "meetup: note:   %d %s, e.g. %s%s", files.size(), what,
                    String.join(", ", some), files.size() > EXAMPLES ? ", ..." : ""));
        });
        return lines;
    }
}
