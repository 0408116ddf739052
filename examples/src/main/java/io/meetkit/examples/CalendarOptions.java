package io.meetkit.examples;

import io.meetkit.export.ical.IcsWriter;
import io.meetkit.export.site.SiteBuild;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The calendar additions of issue #13, shared by {@code convert} (for {@code -f ics}) and {@code build}: a reminder,
 * a default duration, attachments and Apple's structured location. All off unless given.
 */
final class CalendarOptions {

    @Option(names = "--alarm", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Add a reminder this long before each event starts (1d, 2h, 30m, 1h30m or ISO PT1H; "
                    + "0m at the start).")
    Duration alarm;

    @Option(names = "--default-duration", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "End events that give a start and no end this long after it (e.g. 2h); all-day events "
                    + "and the JSON-LD are not changed.")
    Duration defaultDuration;

    @Option(names = "--attachments", description = "Attach the talks' slides and videos to their events (ATTACH).")
    boolean attachments;

    @Option(names = "--apple-location", description = "Add Apple's structured location (a map pin) to events whose "
            + "venue has coordinates.")
    boolean appleLocation;

    /** Applies the options given to a calendar writer. */
    void applyTo(IcsWriter.Builder ics) {
        if (alarm != null) {
            ics.reminder(alarm);
        }
        if (defaultDuration != null) {
            if (defaultDuration.isZero()) {
                throw new MeetupCli.UsageException("--default-duration must be longer than zero");
            }
            ics.defaultDuration(defaultDuration);
        }
        ics.attachments(attachments).appleLocation(appleLocation);
    }

    /** Applies the options given to a site build's calendars. */
    void applyTo(SiteBuild.Builder build) {
        if (alarm != null) {
            build.reminder(alarm);
        }
        if (defaultDuration != null) {
            if (defaultDuration.isZero()) {
                throw new MeetupCli.UsageException("--default-duration must be longer than zero");
            }
            build.defaultDuration(defaultDuration);
        }
        build.attachments(attachments).appleLocation(appleLocation);
    }

    /** Reads {@code 1d}, {@code 2h}, {@code 30m}, {@code 1h30m}, {@code 1w}, {@code 45s} or ISO 8601 {@code PT1H}. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    private static final Pattern SHORT = Pattern.compile(
            "(?:(\\d{1,6})w)?(?:(\\d{1,6})d)?(?:(\\d{1,6})h)?(?:(\\d{1,6})m)?(?:(\\d{1,6})s)?");
    private static final long[] SECONDS = {7 * 86_400L, 86_400L, 3_600L, 60L, 1L};

    /**
     * A duration written as units from weeks down to seconds, each at most once and in that order ({@code 1h30m}),
     * or in ISO 8601 ({@code PT1H30M}, {@code P1D}); never negative.
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    static Duration parse(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        String examples = "write e.g. 1d, 2h, 30m, 1h30m or PT1H";
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an empty duration; " + examples);
        }
        if (text.startsWith("p") || text.startsWith("-p") || text.startsWith("+p")) {
            Duration iso;
            try {
                iso = Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + value + "' is not an ISO 8601 duration; " + examples, e);
            }
            if (iso.isNegative()) {
                throw new IllegalArgumentException("'" + value + "' is negative; give how long before or after, "
                        + "e.g. 1d");
            }
            if (iso.getNano() != 0) {
                throw new IllegalArgumentException("'" + value + "' has a fraction of a second; calendars count whole "
                        + "seconds");
            }
            return iso;
        }
        Matcher m = SHORT.matcher(text);
        if (!m.matches() || text.chars().noneMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + value + "' is not a duration; " + examples
                    + " (units w, d, h, m, s, largest first)");
        }
        long seconds = 0;
        for (int i = 0; i < SECONDS.length; i++) {
            if (m.group(i + 1) != null) {
                seconds += Long.parseLong(m.group(i + 1)) * SECONDS[i];
            }
        }
        return Duration.ofSeconds(seconds);
    }
}
