package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.markdown.internal.extract.prose.TalkDraft.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a list of people ("[Ann](url), Bob Lee and `Cy`") at a position of a sentence. */
final class People {

    private People() {
    }

    /** The people named from {@code offset} of {@code text}; {@code end[0]} receives where they end. */
    static List<Person> at(String text, List<Span> spans, int offset, Set<String> stop, int[] end) {
        List<Person> out = new ArrayList<>();
        int pos = offset;
        end[0] = offset;
        boolean skippedOrg = false;
        while (pos < text.length()) {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
            Optional<Person> person = Optional.empty();
            int after = pos;
            Span span = spanAt(spans, pos);
            if (span != null && (span.kind() == Span.Kind.LINK || span.kind() == Span.Kind.CODE
                    || span.kind() == Span.Kind.STRONG)) {
                String name = Names.clean(text.substring(span.start(), span.end()));
                after = span.end();
                if (Names.isPersonName(name, stop)) {
                    Optional<String> url = span.kind() == Span.Kind.LINK && Names.mayBeProfileUrl(span.url())
                            ? Optional.of(span.url()) : Optional.empty();
                    if (span.kind() != Span.Kind.LINK || Names.mayBeProfileUrl(span.url())) {
                        person = Optional.of(new Person(name, url));
                    }
                } else if (out.isEmpty() && !skippedOrg && span.kind() == Span.Kind.LINK) {
                    // "by [Unnati Team](url), [Ann](url) and [Bob](url)": a team's link before its members.
                    int sep = separatorEnd(text, after);
                    if (sep >= 0) {
                        skippedOrg = true;
                        pos = sep;
                        continue;
                    }
                }
            } else {
                // Up to four words, each after one space: words 0..k joined by spaces are the text from pos to the
                // end of word k, so they are kept as their ends and cut once per try, not joined.
                int[] wordEnds = new int[4];
                int words = 0;
                int p = pos;
                int wordEnd;
                while (words < 4 && (wordEnd = wordEnd(text, p)) >= 0) {
                    wordEnds[words++] = wordEnd;
                    after = wordEnd;
                    if (after < text.length() && text.charAt(after) == ' ') {
                        p = after + 1;
                    } else {
                        break;
                    }
                }
                // Drop trailing words that are not name words ("Rahul The" cannot happen, "Hari Talk" can).
                while (words > 0 && !Names.isPersonName(text.substring(pos, wordEnds[words - 1]), stop)) {
                    words--;
                }
                if (words > 0) {
                    String name = text.substring(pos, wordEnds[words - 1]);
                    after = pos + name.length();
                    person = Optional.of(new Person(Names.clean(name), Optional.empty()));
                }
            }
            if (person.isEmpty()) {
                break;
            }
            if (person.get().profileUrl().isEmpty()) {
                // "Ann (@ann@fosstodon.org)": a Mastodon handle is a profile address.
                Optional<String> profile = mastodonProfile(text, after);
                if (profile.isPresent()) {
                    person = Optional.of(new Person(person.get().name(), profile));
                }
            }
            out.add(person.get());
            pos = after;
            end[0] = pos;
            int affiliation = affiliationEnd(text, pos);
            if (affiliation >= 0) {
                pos = affiliation;
                end[0] = pos;
            }
            int next = separatorEnd(text, pos);
            if (next < 0) {
                break;
            }
            int[] probe = new int[1];
            if (peek(text, spans, next, stop, probe)) {
                pos = next;
            } else {
                break;
            }
        }
        return out;
    }

    private static boolean peek(String text, List<Span> spans, int pos, Set<String> stop, int[] end) {
        Span span = spanAt(spans, pos);
        if (span != null) {
            return Names.isPersonName(Names.clean(text.substring(span.start(), span.end())), stop);
        }
        int wordEnd = wordEnd(text, pos);
        return wordEnd >= 0 && Names.isPersonName(text.substring(pos, wordEnd), stop);
    }

    // The scans below read forward once from where they start, without backtracking or recursion, so a long
    // "of A B C ..." or "(@a@b.c.d...)" costs its length and no more. White space is Java's "\s" (ASCII only) and
    // letters are read by code point, as the patterns these scans replaced read them.

    /**
     * Where a name word starting at {@code from} ends, or -1: a capital letter, then letters, apostrophes and
     * hyphens ("O'Neil", "Jean-Luc"), then perhaps a nickname in parentheses ("Abdeali(Ali)").
     */
    static int wordEnd(String text, int from) {
        if (from >= text.length() || Character.getType(text.codePointAt(from)) != Character.UPPERCASE_LETTER) {
            return -1;
        }
        int i = from + Character.charCount(text.codePointAt(from));
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-') {
                break;
            }
            i += Character.charCount(c);
        }
        if (at(text, i, '(')) {
            int close = letters(text, i + 1);
            if (close > i + 1 && at(text, close, ')')) {
                return close + 1;
            }
        }
        return i;
    }

    /**
     * Where an affiliation after a name ends, or -1: a parenthesis ("(Acme)") or "from"/"of", perhaps "the", and
     * capitalised words ("of the Python Software Foundation").
     */
    static int affiliationEnd(String text, int from) {
        int i = NameScan.spaces(text, from);
        if (at(text, i, '(')) {
            int close = text.indexOf(')', i + 1);
            return close < 0 ? -1 : close + 1;
        }
        if (i == from) {
            return -1;
        }
        if (text.startsWith("from", i)) {
            i += 4;
        } else if (text.startsWith("of", i)) {
            i += 2;
        } else {
            return -1;
        }
        int j = NameScan.spaces(text, i);
        if (j == i) {
            return -1;
        }
        if (text.startsWith("the", j)) {
            int k = NameScan.spaces(text, j + 3);
            if (k > j + 3 && organisationWordEnd(text, k) >= 0) {
                j = k;
            }
        }
        int end = organisationWordEnd(text, j);
        while (end >= 0) {
            int next = NameScan.spaces(text, end);
            int wordEnd = next > end ? organisationWordEnd(text, next) : -1;
            if (wordEnd < 0) {
                break;
            }
            end = wordEnd;
        }
        return end;
    }

    /** Where a capitalised word of an organisation's name ("Acme", "A&B", "S.A.", "3M-Labs") ends, or -1. */
    private static int organisationWordEnd(String text, int from) {
        if (from >= text.length() || Character.getType(text.codePointAt(from)) != Character.UPPERCASE_LETTER) {
            return -1;
        }
        int i = from + Character.charCount(text.codePointAt(from));
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c) && !(c >= '0' && c <= '9') && c != '&' && c != '.' && c != '-') {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** The profile address of a Mastodon handle in parentheses at {@code from} ("(@ann@fosstodon.org)"). */
    static Optional<String> mastodonProfile(String text, int from) {
        int open = NameScan.spaces(text, from);
        if (!at(text, open, '(')) {
            return Optional.empty();
        }
        int at = NameScan.spaces(text, open + 1);
        if (!at(text, at, '@')) {
            return Optional.empty();
        }
        int user = at + 1;
        int userEnd = user;
        while (userEnd < text.length() && (asciiWordChar(text.charAt(userEnd)) || text.charAt(userEnd) == '.')) {
            userEnd++;
        }
        if (userEnd == user || !at(text, userEnd, '@')) {
            return Optional.empty();
        }
        int host = userEnd + 1;
        int hostEnd = labelEnd(text, host);
        if (hostEnd == host) {
            return Optional.empty();
        }
        int labels = 0;
        while (at(text, hostEnd, '.') && labelEnd(text, hostEnd + 1) > hostEnd + 1) {
            hostEnd = labelEnd(text, hostEnd + 1);
            labels++;
        }
        if (labels == 0 || !at(text, NameScan.spaces(text, hostEnd), ')')) {
            return Optional.empty();
        }
        return Optional.of("https://" + text.substring(host, hostEnd) + "/@" + text.substring(user, userEnd));
    }

    /** Where a run of {@code [\w-]} (one label of a host name) from {@code from} ends. */
    private static int labelEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (asciiWordChar(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    /**
     * Where a separator between two people ends, or -1: a comma (perhaps with "and"), " and " or "&", with the
     * white space around them.
     */
    static int separatorEnd(String text, int from) {
        int i = NameScan.spaces(text, from);
        if (at(text, i, ',')) {
            int j = NameScan.spaces(text, i + 1);
            int and = andEnd(text, j);
            return and >= 0 ? and : j;
        }
        if (i > from) {
            int and = andEnd(text, i);
            if (and >= 0) {
                return and;
            }
        }
        return at(text, i, '&') ? NameScan.spaces(text, i + 1) : -1;
    }

    /** Where "and" at {@code from} and the white space after it (at least one) end, or -1. */
    private static int andEnd(String text, int from) {
        if (!text.startsWith("and", from)) {
            return -1;
        }
        int end = NameScan.spaces(text, from + 3);
        return end > from + 3 ? end : -1;
    }

    /** Where the run of letters from {@code from} ends. */
    private static int letters(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static boolean asciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean at(String text, int i, char c) {
        return i < text.length() && text.charAt(i) == c;
    }

    static Span spanAt(List<Span> spans, int pos) {
        for (Span s : spans) {
            if (s.start() == pos && s.end() > s.start()) {
                return s;
            }
        }
        return null;
    }
}
