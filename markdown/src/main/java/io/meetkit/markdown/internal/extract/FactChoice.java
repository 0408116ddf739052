package io.meetkit.markdown.internal.extract;

import io.meetkit.core.Provenance;
import io.meetkit.markdown.internal.extract.prose.Found;
import io.meetkit.markdown.internal.extract.structured.StructuredEvent.Stated;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The readings of one event fact, offered in the order they take precedence: what the front matter states, then
 * what the site's conventions give, then what the prose says, then a default. The first reading offered wins and
 * keeps its {@link Provenance}; later offers are not even worked out (their provenance is asked for lazily). For
 * example, a venue is
 * <pre>{@code FactChoice.stated(stated.venue()).orProse(proseVenue)}</pre>
 * so that the order of precedence is written once per fact, in one expression, rather than as an
 * {@code if … else if …} chain that sets the value and its provenance in two places.
 *
 * @param <T> the fact's type
 */
final class FactChoice<T> {

    private final T value;
    private final Provenance provenance;

    private FactChoice(T value, Provenance provenance) {
        this.value = value;
        this.provenance = provenance;
    }

    /** A choice whose first reading is what the front matter states, if it does. */
    static <T> FactChoice<T> stated(Optional<Stated<T>> stated) {
        return stated.map(s -> new FactChoice<>(s.value(), s.provenance())).orElseGet(FactChoice::none);
    }

    /** A choice with no reading yet. */
    static <T> FactChoice<T> none() {
        return new FactChoice<>(null, null);
    }

    /** This choice, or else {@code value} with the provenance {@code provenance} gives. */
    FactChoice<T> or(Optional<? extends T> value, Supplier<Provenance> provenance) {
        if (this.value != null || value.isEmpty()) {
            return this;
        }
        return new FactChoice<>(value.get(), provenance.get());
    }

    /** This choice, or else what the prose says, at the line it says it. */
    FactChoice<T> orProse(Optional<Found<T>> found) {
        if (this.value != null || found.isEmpty()) {
            return this;
        }
        return new FactChoice<>(found.get().value(), Provenance.prose(found.get().line()));
    }

    /** The winning reading. */
    Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** Where the winning reading comes from; empty when no reading was offered. */
    Optional<Provenance> provenance() {
        return Optional.ofNullable(provenance);
    }
}
