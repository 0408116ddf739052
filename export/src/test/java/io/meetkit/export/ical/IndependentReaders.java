package io.meetkit.export.ical;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.io.text.ICalReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Reads our output with two independent libraries: ical4j in strict mode (every relaxed and compatibility hint off,
 * time-zone updates off so that nothing is fetched) and biweekly, each of which must report nothing.
 */
public final class IndependentReaders {

    static {
        // Set before any ical4j class reads its configuration: no network, no JCache, no leniency.
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
        System.setProperty("net.fortuna.ical4j.timezone.update.host", "127.0.0.1");
        System.setProperty("net.fortuna.ical4j.timezone.update.port", "9");
        System.setProperty("net.fortuna.ical4j.timezone.cache.impl", "net.fortuna.ical4j.util.MapTimeZoneCache");
        for (String hint : new String[] {CompatibilityHints.KEY_RELAXED_UNFOLDING,
                CompatibilityHints.KEY_RELAXED_PARSING, CompatibilityHints.KEY_RELAXED_VALIDATION,
                CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, CompatibilityHints.KEY_NOTES_COMPATIBILITY,
                CompatibilityHints.KEY_VCARD_COMPATIBILITY}) {
            CompatibilityHints.setHintEnabled(hint, false);
        }
    }

    private IndependentReaders() {
    }

    /** Parses with ical4j in strict mode and validates: nothing thrown, no errors. */
    public static Calendar ical4j(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            ValidationResult result = calendar.validate();
            assertThat(result.hasErrors()).as("ical4j validation: %s", result).isFalse();
            return calendar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("ical4j cannot parse: " + e.getMessage() + "\n" + ics, e);
        }
    }

    /** Parses with biweekly: exactly one calendar, no parse warnings, no RFC 5545 validation warnings. */
    public static ICalendar biweekly(String ics) {
        try (ICalReader reader = new ICalReader(ics)) {
            ICalendar calendar = reader.readNext();
            assertThat(reader.getWarnings()).as("biweekly parse warnings").isEmpty();
            assertThat(calendar).as("a calendar").isNotNull();
            assertThat(calendar.validate(ICalVersion.V2_0).isEmpty())
                    .as("biweekly validation: %s", calendar.validate(ICalVersion.V2_0)).isTrue();
            assertThat(reader.readNext()).as("a second calendar").isNull();
            return calendar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lint, ical4j and biweekly all accept {@code ics}. */
    public static void assertAccepted(String ics) {
        IcsLint.assertClean(ics);
        ical4j(ics);
        biweekly(ics);
    }
}
