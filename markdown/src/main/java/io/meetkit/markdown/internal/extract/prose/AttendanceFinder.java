package io.meetkit.markdown.internal.extract.prose;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds how many people came: "About 40 people turned up", "attended by roughly 15 people", "There were 53
 * participants", "a turnout of more than 85 participants", "50 - 60 people attended" (the first number).
 */
public final class AttendanceFinder {

    private static final String HEDGE = "(?:about|around|roughly|nearly|over|more than|almost|close to|approximately"
            + "|approx\\.?|some|at least|~)?\\s*";
    private static final Pattern ATTENDED_BY = Pattern.compile(
            "(?i)\\b(?:attended by|attendance of|turn-?out of|footfall of|crowd of)\\s+" + HEDGE + "(?<n>\\d{1,5})\\b");
    private static final Pattern COUNT = Pattern.compile("(?i)(?<![\\d.:/])(?<n>\\d{1,5})(?:\\s*(?:-|–|to)\\s*\\d{1,5})?\\+?"
            + "\\s+(?:[a-z]+\\s+)?(?:people|participants|attendees|folks|persons|pythonistas|developers|enthusiasts"
            + "|guests|members|learners|students)\\b");
    private static final Pattern CUE = Pattern.compile(
            "(?i)\\b(attend\\w*|turn(?:ed|s)? (?:up|out)|there were|came|joined|showed up|present|participated"
                    + "|turnout|footfall|had|saw)\\b");
    private static final Pattern NOT_ATTENDANCE = Pattern.compile(
            "(?i)\\b(stayed back|rsvp\\w*|registered|waitlist|members? (?:of|on|in) (?:the|our) (?:group|list|channel)"
                    + "|signed up|signups)\\b");

    private AttendanceFinder() {
    }

    /** The first stated attendance in {@code sentences}. */
    public static Optional<Found<Integer>> find(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            String text = s.text();
            Matcher by = ATTENDED_BY.matcher(text);
            if (by.find()) {
                return Optional.of(new Found<>(Integer.parseInt(by.group("n")), s.line()));
            }
            Matcher m = COUNT.matcher(text);
            if (m.find() && CUE.matcher(text).find()) {
                String around = text.substring(m.start(), Math.min(text.length(), m.end() + 25));
                if (!NOT_ATTENDANCE.matcher(around).find()) {
                    return Optional.of(new Found<>(Integer.parseInt(m.group("n")), s.line()));
                }
            }
        }
        return Optional.empty();
    }
}
