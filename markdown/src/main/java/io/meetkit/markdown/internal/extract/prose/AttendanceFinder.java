package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.util.List;
import java.util.Optional;

/**
 * Finds how many people came, from a sentence's tokens: "About 40 people turned up", "attended by roughly 15
 * people", "There were 53 participants", "a turnout of more than 85 participants", "50 - 60 people attended" (the
 * first number). A count needs a noun for people right after it ({@link WordClass#ATTENDEE_NOUN}, one other word
 * may stand between) and a word saying they came ({@link WordClass#ATTENDANCE_CUE}) in the sentence; "attended by"
 * and the like ({@link WordClass#ATTENDED_BY}) give the number after them, past a hedge such as "about". A count
 * followed closely by "registered" or "RSVPs" ({@link WordClass#NOT_ATTENDANCE}) is not a head count.
 *
 * <p>Runs only on sentences with a number and one of those words ({@link Triggers}); no regular expression.
 */
public final class AttendanceFinder {

    private static final Phrases ATTENDED_BY = Phrases.of(WordClass.ATTENDED_BY);
    private static final Phrases HEDGE = Phrases.of(WordClass.HEDGE);
    private static final Phrases NOUN = Phrases.of(WordClass.ATTENDEE_NOUN);
    private static final Phrases CUE = Phrases.of(WordClass.ATTENDANCE_CUE);
    private static final Phrases NOT_ATTENDANCE = Phrases.of(WordClass.NOT_ATTENDANCE);
    private static final long NUMBER = Triggers.bit(Token.Kind.NUMBER);
    private static final long WORDS = Triggers.bit(WordClass.ATTENDED_BY) | Triggers.bit(WordClass.ATTENDEE_NOUN);

    private AttendanceFinder() {
    }

    /** The first stated attendance in {@code sentences}. */
    public static Optional<Found<Integer>> find(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (!s.has(NUMBER) || !s.has(WORDS)) {
                continue;
            }
            List<Token> tk = s.tokens();
            String text = s.block().text();
            Optional<Integer> by = attendedBy(tk, text);
            if (by.isPresent()) {
                return Optional.of(new Found<>(by.get(), s.line()));
            }
            int[] count = firstCount(tk, text);
            if (count != null && CUE.in(tk) && !notAttendance(tk, count)) {
                return Optional.of(new Found<>(Integer.parseInt(tk.get(count[0]).text()), s.line()));
            }
        }
        return Optional.empty();
    }

    /** "attended by about 40", "a turnout of 85": the number right after the phrase and a hedge. */
    private static Optional<Integer> attendedBy(List<Token> tk, String text) {
        for (int i = ATTENDED_BY.find(tk, 0); i >= 0; i = ATTENDED_BY.find(tk, i + 1)) {
            int j = ATTENDED_BY.matchAt(tk, i);
            int hedge = j < tk.size() ? HEDGE.matchAt(tk, j) : -1;
            if (hedge >= 0) {
                j = hedge;
                if (j < tk.size() && tk.get(j).is('.') && tk.get(j - 1).lower().equals("approx")) {
                    j++;
                }
            } else if (j < tk.size() && tk.get(j).is('~')) {
                j++;
            }
            if (j < tk.size() && isCount(tk.get(j), text)) {
                return Optional.of(Integer.parseInt(tk.get(j).text()));
            }
        }
        return Optional.empty();
    }

    /**
     * The first count of people: token indices of the number and of the noun, or null. "40 people", "50 - 60
     * people", "40+ enthusiastic developers".
     */
    private static int[] firstCount(List<Token> tk, String text) {
        for (int i = 0; i < tk.size(); i++) {
            Token n = tk.get(i);
            if (!isCount(n, text) || i > 0 && "./:".indexOf(text.charAt(n.start() - 1)) >= 0) {
                continue;
            }
            int j = i + 1;
            if (j + 1 < tk.size() && (tk.get(j).is('-') || tk.get(j).is('–') || tk.get(j).isWord("to"))
                    && isCount(tk.get(j + 1), text)) {
                j += 2; // "50 - 60 people"
            }
            if (j < tk.size() && tk.get(j).is('+') && tk.get(j).start() == tk.get(j - 1).end()) {
                j++;
            }
            if (j >= tk.size() || tk.get(j).start() == tk.get(j - 1).end()) {
                continue; // the noun is set off by a space
            }
            if (NOUN.matchAt(tk, j) >= 0) {
                return new int[] {i, j};
            }
            if (j + 1 < tk.size() && isAsciiWord(tk.get(j)) && tk.get(j + 1).start() > tk.get(j).end()
                    && NOUN.matchAt(tk, j + 1) >= 0) {
                return new int[] {i, j + 1}; // "40 enthusiastic developers"
            }
        }
        return null;
    }

    /** Whether a phrase that makes the count something else starts within 25 characters after it. */
    private static boolean notAttendance(List<Token> tk, int[] count) {
        int from = tk.get(count[0]).start();
        int limit = tk.get(count[1]).end() + 25;
        for (int k = count[0]; k < tk.size() && tk.get(k).start() < limit; k++) {
            int end = NOT_ATTENDANCE.matchAt(tk, k);
            if (end >= 0 && tk.get(end - 1).end() <= limit && tk.get(k).start() >= from) {
                return true;
            }
        }
        return false;
    }

    /** A number of one to five digits that no letter follows. */
    private static boolean isCount(Token t, String text) {
        return t.kind() == Token.Kind.NUMBER && t.text().length() <= 5
                && (t.end() >= text.length() || !Character.isLetter(text.charAt(t.end())) && text.charAt(t.end()) != '_');
    }


    private static boolean isAsciiWord(Token t) {
        if (t.kind() != Token.Kind.WORD) {
            return false;
        }
        for (int i = 0; i < t.text().length(); i++) {
            char c = t.text().charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
