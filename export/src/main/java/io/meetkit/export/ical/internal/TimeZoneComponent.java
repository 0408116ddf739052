package io.meetkit.export.ical.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Writes a {@code VTIMEZONE} for a zone from its {@link ZoneRules} alone (no bundled files, no network), covering
 * the instants from {@code first} to {@code last}: the observance in effect at {@code first}, every historical
 * transition up to {@code last}, and, when the zone still changes by yearly rules, one STANDARD and one DAYLIGHT
 * observance with an open-ended yearly {@code RRULE} (the compact form Outlook reads).
 */
public final class TimeZoneComponent {

    private static final DateTimeFormatter SHORT_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private TimeZoneComponent() {
    }

    /** Writes the {@code VTIMEZONE} of {@code zone} for the instants {@code first..last}. */
    public static void write(ContentLines out, ZoneId zone, Instant first, Instant last) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> explicit = rules.getTransitions();
        Instant lastExplicit = explicit.isEmpty() ? null : explicit.get(explicit.size() - 1).getInstant();
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();

        out.begin("VTIMEZONE");
        out.property("TZID", IcsText.text(zone.getId()));

        ZoneOffsetTransition t = rules.previousTransition(first.plusNanos(1));
        if (t == null) {
            // Nothing changed before the first instant: one observance that has always been in effect.
            ZoneOffset offset = rules.getOffset(first);
            LocalDateTime onset = LocalDate.of(LocalDateTime.ofInstant(first, offset).getYear(), 1, 1).atStartOfDay();
            observance(out, rules.isDaylightSavings(first), onset, offset, offset, name(zone, first), null);
            t = rules.nextTransition(first);
        }
        ZoneOffsetTransition firstByRule = null;
        boolean oldest = true;
        while (t != null && !t.getInstant().isAfter(last)) {
            boolean byRule = !yearly.isEmpty() && (lastExplicit == null || t.getInstant().isAfter(lastExplicit));
            if (byRule) {
                firstByRule = t;
                break;
            }
            if (oldest && t.getInstant().isBefore(first)) {
                // Only its onset matters, so it is stated in the new offset: the same instant, without the
                // offset before it (often a local mean time with seconds, which some readers truncate).
                observance(out, rules.isDaylightSavings(t.getInstant()), t.getDateTimeAfter(), t.getOffsetAfter(),
                        t.getOffsetAfter(), name(zone, t.getInstant()), null);
            } else {
                transition(out, zone, t);
            }
            oldest = false;
            t = rules.nextTransition(t.getInstant());
        }
        if (firstByRule != null) {
            int year = firstByRule.getDateTimeBefore().getYear();
            int lastYear = LocalDateTime.ofInstant(last, ZoneOffset.UTC).getYear() + 1;
            for (ZoneOffsetTransitionRule rule : yearly) {
                int from = year;
                ZoneOffsetTransition onset = rule.createTransition(from);
                if (lastExplicit != null && !onset.getInstant().isAfter(lastExplicit)) {
                    onset = rule.createTransition(++from);
                }
                String recurrence = recurrence(rule, onset, from);
                if (recurrence != null) {
                    observance(out, rules.isDaylightSavings(onset.getInstant()), onset.getDateTimeBefore(),
                            onset.getOffsetBefore(), onset.getOffsetAfter(), name(zone, onset.getInstant()),
                            "RRULE:" + recurrence);
                } else {
                    // A rule that no yearly RRULE states exactly: list its transitions over the years needed.
                    for (int y = from; y <= Math.max(from, lastYear); y++) {
                        transition(out, zone, rule.createTransition(y));
                    }
                }
            }
        }
        out.end("VTIMEZONE");
    }

    private static void transition(ContentLines out, ZoneId zone, ZoneOffsetTransition t) {
        observance(out, zone.getRules().isDaylightSavings(t.getInstant()), t.getDateTimeBefore(), t.getOffsetBefore(),
                t.getOffsetAfter(), name(zone, t.getInstant()), null);
    }

    private static void observance(ContentLines out, boolean daylight, LocalDateTime onset, ZoneOffset from,
                                   ZoneOffset to, String name, String rruleLine) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        out.begin(kind);
        out.property("DTSTART", IcsText.local(onset));
        out.property("TZOFFSETFROM", IcsText.offset(from));
        out.property("TZOFFSETTO", IcsText.offset(to));
        if (rruleLine != null) {
            out.line(rruleLine);
        }
        out.text("TZNAME", name);
        out.end(kind);
    }

    /**
     * The yearly RRULE that gives exactly the transitions of {@code rule}, or null when the rule's wall-clock
     * onset falls on another day than its nominal date (a rule stated in UTC or at 24:00) or its day is not a
     * fixed n-th or last weekday of the month.
     */
    static String recurrence(ZoneOffsetTransitionRule rule, ZoneOffsetTransition onset, int year) {
        if (!nominalDate(rule, year).equals(onset.getDateTimeBefore().toLocalDate())) {
            return null;
        }
        int indicator = rule.getDayOfMonthIndicator();
        DayOfWeek dow = rule.getDayOfWeek();
        StringBuilder sb = new StringBuilder("FREQ=YEARLY;BYMONTH=").append(rule.getMonth().getValue());
        if (dow == null) {
            if (rule.getMonth().getValue() == 2 && indicator == 29) {
                return null;
            }
            return sb.append(";BYMONTHDAY=").append(indicator).toString();
        }
        String day = dow.getDisplayName(TextStyle.SHORT, Locale.ROOT).substring(0, 2).toUpperCase(Locale.ROOT);
        if (indicator > 0 && (indicator - 1) % 7 == 0 && indicator <= 22) {
            return sb.append(";BYDAY=").append((indicator - 1) / 7 + 1).append(day).toString();
        }
        int length = rule.getMonth().minLength();
        if (indicator == -1 || indicator > 0 && indicator + 6 == length && rule.getMonth().maxLength() == length) {
            // tzdb states "last Sunday" as "Sunday on or after the 25th"; in a month of fixed length they agree.
            return sb.append(";BYDAY=-1").append(day).toString();
        }
        if (indicator > 0 && indicator + 6 <= length || indicator < 0 && indicator - 6 >= -length) {
            StringJoiner days = new StringJoiner(",");
            int lo = indicator > 0 ? indicator : indicator - 6;
            for (int d = lo; d <= lo + 6; d++) {
                days.add(Integer.toString(d));
            }
            return sb.append(";BYMONTHDAY=").append(days).append(";BYDAY=").append(day).toString();
        }
        return null;
    }

    private static LocalDate nominalDate(ZoneOffsetTransitionRule rule, int year) {
        int indicator = rule.getDayOfMonthIndicator();
        LocalDate date;
        if (indicator < 0) {
            LocalDate monthStart = LocalDate.of(year, rule.getMonth(), 1);
            date = monthStart.withDayOfMonth(monthStart.lengthOfMonth() + 1 + indicator);
            if (rule.getDayOfWeek() != null) {
                date = date.with(TemporalAdjusters.previousOrSame(rule.getDayOfWeek()));
            }
        } else {
            date = LocalDate.of(year, rule.getMonth(), Math.min(indicator, rule.getMonth().length(
                    java.time.Year.isLeap(year))));
            if (rule.getDayOfWeek() != null) {
                date = date.with(TemporalAdjusters.nextOrSame(rule.getDayOfWeek()));
            }
        }
        return rule.isMidnightEndOfDay() ? date.plusDays(1) : date;
    }

    /** The English abbreviation ("CET", "IST") when the JDK knows one, else the offset ("+0530"). */
    private static String name(ZoneId zone, Instant at) {
        ZonedDateTime time = ZonedDateTime.ofInstant(at, zone);
        String name = SHORT_NAME.format(time);
        if (name.isEmpty() || name.startsWith("GMT") && name.length() > 3 || name.startsWith("UTC") && name.length() > 3
                || !name.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c))) {
            return IcsText.offset(time.getOffset());
        }
        return name;
    }
}
