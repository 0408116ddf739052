package io.meetkit.markdown.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The anchored scalars of a YAML text ({@code name: &who Ann}), read from the YAML parser's own events because
 * Jackson's YAML parser drops the anchor of a scalar (it keeps those of maps and lists). The value is the scalar as
 * written, as text. Only read when an alias names an anchor Jackson did not report.
 */
final class ScalarAnchors {

    /** One anchored scalar: where it starts (1-based, as Jackson counts) and its text. */
    private record Definition(int line, int column, String value) {
    }

    private final Map<String, List<Definition>> byName;

    private ScalarAnchors(Map<String, List<Definition>> byName) {
        this.byName = byName;
    }

    /** The anchored scalars of {@code yaml}, as far as it can be read. */
    static ScalarAnchors of(String yaml) {
        Map<String, List<Definition>> byName = new HashMap<>();
        try {
            LoadSettings settings = LoadSettings.builder().build();
            ParserImpl events = new ParserImpl(settings, new StreamReader(settings, yaml));
            while (events.hasNext()) {
                Event e = events.next();
                if (e instanceof ScalarEvent s && s.getAnchor().isPresent() && s.getStartMark().isPresent()) {
                    byName.computeIfAbsent(s.getAnchor().get().getValue(), k -> new ArrayList<>())
                            .add(new Definition(s.getStartMark().get().getLine() + 1,
                                    s.getStartMark().get().getColumn() + 1, s.getValue()));
                }
            }
        } catch (RuntimeException e) {
            // Past a syntax error there is nothing more to find; Jackson reports the error itself.
        }
        return new ScalarAnchors(byName);
    }

    /** The value of the last scalar anchored {@code name} before {@code line:column} (an anchor may be reused). */
    Optional<Object> before(String name, int line, int column) {
        Definition found = null;
        for (Definition d : byName.getOrDefault(name, List.of())) {
            if (d.line() < line || d.line() == line && d.column() < column) {
                found = d;
            }
        }
        return Optional.ofNullable(found).map(Definition::value);
    }
}
