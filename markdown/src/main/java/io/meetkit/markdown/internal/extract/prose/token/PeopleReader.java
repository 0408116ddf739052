package io.meetkit.markdown.internal.extract.prose.token;

import io.meetkit.markdown.internal.extract.prose.Names;
import io.meetkit.markdown.internal.extract.prose.Span;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate.SpeakerMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a list of speakers at a token, as agendas and "by" clauses write them: "[Ann Lee](url), Bob Stone and
 * `Cy`", "Ann Lee (Acme)", "Ann Lee from Acme Labs", "Ann (@ann@example.social)", "by [Acme Team](url), [Ann](url)
 * and [Bob](url)" (a team's link before its members is passed over). A linked, code or strong name is read whole;
 * a plain one is up to four capitalised words, cut back until {@link Names#isPersonName} accepts them. Each person
 * looks at a bounded number of tokens.
 */
public final class PeopleReader {

    private static final int MAX_WORDS = 4;
    /** The most tokens an affiliation in parentheses or after "from" may take. */
    private static final int MAX_AFFILIATION_TOKENS = 24;

    private PeopleReader() {
    }

    /**
     * People read over tokens {@code [from, to)}.
     *
     * @param people the people, in order
     * @param from   the first token
     * @param to     the token after the last person (and the last one's affiliation)
     */
    public record PeopleAt(List<SpeakerMention> people, int from, int to) {

        public PeopleAt {
            people = List.copyOf(people);
        }

        /** Whether no one was read. */
        public boolean isEmpty() {
            return people.isEmpty();
        }
    }

    /** The people named from token {@code i} up to token {@code limit} (exclusive). */
    public static PeopleAt at(TokenizedSentence s, int i, int limit, RuleContext ctx) {
        int lim = Math.min(limit, s.size());
        List<SpeakerMention> out = new ArrayList<>();
        int pos = i;
        int end = i;
        boolean skippedOrg = false;
        while (pos < lim) {
            Optional<SpeakerMention> person = Optional.empty();
            int after = pos;
            Optional<Span> span = nameSpanAt(s, pos);
            if (span.isPresent()) {
                Span sp = span.get();
                after = tokenAfter(s, pos, sp.end(), lim);
                String name = Names.clean(sp.textIn(s.block().text()));
                if (name.length() <= 80 && Names.isPersonName(name, ctx.stopWords())) {
                    boolean link = sp.kind() == Span.Kind.LINK;
                    if (!link || Names.mayBeProfileUrl(sp.url())) {
                        person = Optional.of(new SpeakerMention(name, link ? Optional.of(sp.url()) : Optional.empty()));
                    }
                } else if (out.isEmpty() && !skippedOrg && sp.kind() == Span.Kind.LINK) {
                    int next = separator(s, after, lim);
                    if (next > after) {
                        skippedOrg = true; // "by [Acme Team](url), [Ann](url) and [Bob](url)"
                        pos = next;
                        continue;
                    }
                }
            } else {
                int[] words = plainName(s, pos, lim, ctx);
                if (words[1] > pos) {
                    after = words[1];
                    person = Optional.of(new SpeakerMention(Names.clean(singleSpaced(s.text(pos, after))),
                            Optional.empty()));
                }
            }
            if (person.isEmpty()) {
                break;
            }
            Optional<String> handle = mastodonHandle(s, after, lim);
            if (handle.isPresent() && person.get().profileUrl().isEmpty()) {
                person = Optional.of(new SpeakerMention(person.get().name(), handle));
            }
            out.add(person.get());
            pos = affiliationEnd(s, after, lim);
            end = pos;
            int next = separator(s, pos, lim);
            if (next == pos || !startsName(s, next, lim, ctx)) {
                break;
            }
            pos = next;
        }
        return new PeopleAt(out, i, end);
    }

    /** A link, code or strong span that starts at token {@code i}. */
    static Optional<Span> nameSpanAt(TokenizedSentence s, int i) {
        Token t = s.get(i);
        Optional<Span> link = t.link().filter(l -> l.start() == t.start());
        if (link.isPresent()) {
            return link;
        }
        Optional<Span> strong = t.emphasis().filter(e -> e.kind() == Span.Kind.STRONG && e.start() == t.start());
        if (strong.isPresent()) {
            return strong;
        }
        if (t.code()) {
            for (Span sp : s.block().spans()) {
                if (sp.kind() == Span.Kind.CODE && sp.start() == t.start()) {
                    return Optional.of(sp);
                }
            }
        }
        return Optional.empty();
    }

    private static int tokenAfter(TokenizedSentence s, int i, int charEnd, int lim) {
        int k = i;
        while (k < lim && s.get(k).end() <= charEnd) {
            k++;
        }
        return k;
    }

    /** {from, to} of the longest run of up to four name words at {@code i} that is a person's name. */
    private static int[] plainName(TokenizedSentence s, int i, int lim, RuleContext ctx) {
        List<Integer> ends = new ArrayList<>();
        int k = i;
        while (ends.size() < MAX_WORDS && k < lim && nameWord(s.get(k))) {
            k++;
            // "Abdeali(Ali)": a nickname in parentheses written onto the word
            if (k + 2 < lim && s.get(k).is('(') && s.get(k).start() == s.get(k - 1).end()
                    && s.get(k + 1).kind() == Token.Kind.WORD && s.get(k + 2).is(')')) {
                k += 3;
            }
            ends.add(k);
            if (k >= lim || !oneSpaceBefore(s, k)) {
                break;
            }
        }
        for (int n = ends.size() - 1; n >= 0; n--) {
            String words = s.text(i, ends.get(n));
            if (Names.isPersonName(words, ctx.stopWords())) {
                return new int[] {i, ends.get(n)};
            }
        }
        return new int[] {i, i};
    }

    private static boolean nameWord(Token t) {
        if (t.kind() != Token.Kind.WORD || !Character.isUpperCase(t.text().codePointAt(0))) {
            return false;
        }
        for (int c = 0; c < t.text().length(); c++) {
            char ch = t.text().charAt(c);
            if (!Character.isLetter(ch) && ch != '\'' && ch != '’' && ch != '-') {
                return false;
            }
        }
        return true;
    }

    /** Whether one to three spaces or tabs, and nothing else, stand between token {@code k} and the one before. */
    private static boolean oneSpaceBefore(TokenizedSentence s, int k) {
        Token prev = s.get(k - 1);
        Token t = s.get(k);
        int gap = t.start() - prev.end();
        if (gap < 1 || gap > 3) {
            return false;
        }
        String text = s.block().text();
        for (int c = prev.end(); c < t.start(); c++) {
            if (text.charAt(c) != ' ' && text.charAt(c) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** A name as written with each run of spaces or tabs as one space ("Ann  Lee" is "Ann Lee"). */
    static String singleSpaced(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int c = 0; c < name.length(); c++) {
            char ch = name.charAt(c);
            if (ch == ' ' || ch == '\t') {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(ch);
        }
        return out.toString();
    }

    /** "(@ann@example.social)" after a name: the Mastodon profile address. */
    private static Optional<String> mastodonHandle(TokenizedSentence s, int i, int lim) {
        if (i + 5 < lim && s.get(i).is('(') && s.get(i + 1).is('@')
                && s.get(i + 2).kind() == Token.Kind.WORD && s.get(i + 3).is('@')
                && s.get(i + 4).kind() == Token.Kind.WORD && s.get(i + 4).text().indexOf('.') > 0
                && s.get(i + 5).is(')')) {
            return Optional.of("https://" + s.get(i + 4).text() + "/@" + s.get(i + 2).text());
        }
        return Optional.empty();
    }

    /** The token after "(Acme)" or "from Acme Labs" / "of the Acme Society" at {@code i}, else {@code i}. */
    private static int affiliationEnd(TokenizedSentence s, int i, int lim) {
        if (i < lim && s.get(i).is('(')) {
            for (int k = i + 1; k < lim && k - i <= MAX_AFFILIATION_TOKENS; k++) {
                if (s.get(k).is(')')) {
                    return k + 1;
                }
            }
            return i;
        }
        if (s.isWord(i, "from") || s.isWord(i, "of")) {
            int k = i + 1;
            if (s.isWord(k, "the")) {
                k++;
            }
            int first = k;
            while (k < lim && k - i <= MAX_AFFILIATION_TOKENS && s.get(k).capitalised()) {
                k++;
            }
            return k > first && k <= lim ? k : i;
        }
        return i;
    }

    /** The token after ", ", ", and ", " and " or " & " at {@code i}, else {@code i}. */
    private static int separator(TokenizedSentence s, int i, int lim) {
        int k = i;
        if (k < lim && s.get(k).is(',')) {
            k++;
            if (s.isWord(k, "and") && k < lim) {
                k++;
            }
            return k;
        }
        if (k < lim && (s.isWord(k, "and") || s.get(k).is('&'))) {
            return k + 1;
        }
        return i;
    }

    /** Whether a person's name (marked, or one name word) starts at token {@code i}. */
    private static boolean startsName(TokenizedSentence s, int i, int lim, RuleContext ctx) {
        if (i >= lim) {
            return false;
        }
        Optional<Span> span = nameSpanAt(s, i);
        if (span.isPresent()) {
            return Names.isPersonName(Names.clean(span.get().textIn(s.block().text())), ctx.stopWords());
        }
        return nameWord(s.get(i)) && Names.isPersonName(s.get(i).text(), ctx.stopWords());
    }
}
