package io.meetkit.markdown.internal.extract.prose.token;

import io.meetkit.markdown.internal.extract.prose.CharSplit;
import io.meetkit.markdown.internal.extract.prose.Names;
import io.meetkit.markdown.internal.extract.prose.Span;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate.SpeakerMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads people's names at a token: a linked or emphasised name ("[Ann Lee](url)", "**Ann Lee**") or up to four
 * capitalised words that {@link Names#isPersonName} accepts. Each call looks at a bounded number of tokens.
 */
public final class NameReader {

    private static final int MAX_WORDS = 4;
    /** Longer text is never a name ({@link Names#isPersonName} says the same, but only after cleaning it). */
    private static final int MAX_NAME_LENGTH = 80;
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "da", "bin", "al", "la", "le", "der");

    private NameReader() {
    }

    /**
     * A name read over tokens {@code [from, to)}.
     *
     * @param person the name and its profile link
     * @param from   the first token
     * @param to     the token after the last
     */
    public record NameAt(SpeakerMention person, int from, int to) {
    }

    /** The name that starts at token {@code i}. */
    public static Optional<NameAt> forward(TokenizedSentence s, int i, RuleContext ctx) {
        if (i < 0 || i >= s.size()) {
            return Optional.empty();
        }
        Token t = s.get(i);
        Optional<Span> marked = t.link().filter(l -> l.start() == t.start())
                .or(() -> t.emphasis().filter(e -> e.start() == t.start()));
        if (marked.isPresent()) {
            Span span = marked.get();
            int j = i;
            while (j < s.size() && s.get(j).end() <= span.end()) {
                j++;
            }
            return person(s, span, i, j, ctx);
        }
        int j = i;
        if (s.isWord(j, Lexicon.WordClass.NAME_PREFIX) && s.get(j).capitalised()) {
            j++;
            if (j < s.size() && s.get(j).is('.') && s.get(j).start() == s.get(j - 1).end()) {
                j++;
            }
        }
        int firstWord = j;
        while (j < s.size() && j - firstWord < MAX_WORDS && nameWord(s.get(j), j == i)) {
            j++;
        }
        for (int end = j; end > firstWord; end--) {
            Optional<NameAt> n = plain(s, i, end, ctx);
            if (n.isPresent()) {
                return n;
            }
        }
        return Optional.empty();
    }

    /** The name that ends just before token {@code end}. */
    public static Optional<NameAt> backward(TokenizedSentence s, int end, RuleContext ctx) {
        if (end <= 0 || end > s.size()) {
            return Optional.empty();
        }
        Token last = s.get(end - 1);
        Optional<Span> marked = last.link().filter(l -> l.end() == last.end())
                .or(() -> last.emphasis().filter(e -> e.end() == last.end()));
        if (marked.isPresent()) {
            Span span = marked.get();
            int i = end - 1;
            while (i > 0 && s.get(i - 1).start() >= span.start()) {
                i--;
            }
            return person(s, span, i, end, ctx);
        }
        int i = end;
        while (i > 0 && end - i < MAX_WORDS && nameWord(s.get(i - 1), false) && (i == end || !s.get(i).lineStart())) {
            i--;
        }
        if (i > 0 && s.get(i - 1).is('.') && s.isWord(i - 2, Lexicon.WordClass.NAME_PREFIX)) {
            i -= 2;
        } else if (s.isWord(i - 1, Lexicon.WordClass.NAME_PREFIX)) {
            i--;
        }
        for (int from = i; from < end; from++) {
            if (s.get(from).kind() == Token.Kind.WORD) {
                Optional<NameAt> n = plain(s, from, end, ctx);
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        return Optional.empty();
    }

    /** People from token {@code i}: "Ann, Bob Lee and [Cy](url)", each optionally followed by "(Affiliation)". */
    public static List<NameAt> people(TokenizedSentence s, int i, RuleContext ctx) {
        List<NameAt> out = new ArrayList<>();
        int pos = i;
        while (true) {
            Optional<NameAt> n = forward(s, pos, ctx);
            if (n.isEmpty()) {
                break;
            }
            out.add(n.get());
            int after = skipParenthetical(s, n.get().to());
            int next = after;
            if (next < s.size() && (s.get(next).is(',') || s.get(next).is('&'))) {
                next++;
            }
            if (s.isWord(next, "and")) {
                next++;
            }
            if (next == after) {
                break;
            }
            pos = next;
        }
        return out;
    }

    /** The token after a parenthetical that opens at {@code i} ("(they/them)", "(Acme Corp)"), else {@code i}. */
    public static int skipParenthetical(TokenizedSentence s, int i) {
        if (i >= s.size() || !s.get(i).is('(')) {
            return i;
        }
        for (int j = i + 1; j < s.size() && j - i < 16; j++) {
            if (s.get(j).is(')')) {
                return j + 1;
            }
        }
        return i;
    }

    private static boolean nameWord(Token t, boolean first) {
        if (t.kind() != Token.Kind.WORD || t.link().isPresent() || t.code()) {
            return false;
        }
        return t.capitalised() || !first && PARTICLES.contains(t.lower());
    }

    private static Optional<NameAt> plain(TokenizedSentence s, int from, int to, RuleContext ctx) {
        String written = s.text(from, to);
        if (written.length() > MAX_NAME_LENGTH || !s.get(to - 1).capitalised()
                || !Names.isPersonName(Names.clean(written), ctx.stopWords())
                || Lexicon.anyWord(written, Lexicon.WordClass.NOT_NAME)) {
            return Optional.empty();
        }
        return Optional.of(new NameAt(new SpeakerMention(asWritten(written), Optional.empty()), from, to));
    }

    /** The name without affiliation or trailing punctuation, but with an honorific kept as written ("Dr. Ann"). */
    private static String asWritten(String written) {
        String cleaned = Names.clean(written);
        int at = written.indexOf(cleaned);
        return at > 0 ? written.substring(0, at) + cleaned : cleaned;
    }

    private static Optional<NameAt> person(TokenizedSentence s, Span span, int from, int to, RuleContext ctx) {
        String written = span.textIn(s.block().text()).strip();
        if (written.length() > MAX_NAME_LENGTH) {
            return Optional.empty(); // a long link text is no name; checked before any pattern looks at it
        }
        String name = Names.clean(written);
        if (!Names.isPersonName(name, ctx.stopWords()) || Lexicon.anyWord(name, Lexicon.WordClass.NOT_NAME)) {
            Optional<String> before = span.kind() == Span.Kind.LINK ? Optional.empty()
                    : nameBeforeAffiliation(written, ctx);
            if (before.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new NameAt(new SpeakerMention(before.get(), Optional.empty()), from, to));
        }
        Optional<String> url = span.kind() == Span.Kind.LINK && Names.mayBeProfileUrl(span.url())
                ? Optional.of(span.url()) : Optional.empty();
        if (span.kind() == Span.Kind.LINK && url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NameAt(new SpeakerMention(asWritten(written), url), from, to));
    }

    /**
     * The name that opens an emphasised speaker line written with the person's role run into it: "Ann Lee, Acme
     * Corp, CTO", "Ann Lee PhD, Head of Research", "Ann Lee - Data Engineer". The name ends at the first comma,
     * dash or bar, and academic degrees after it ("PhD", "MSc") are dropped. Nothing when every part of the rest
     * reads as a person's name ("Ann Lee, Bo Chen" is a list of people, not a name and a role).
     */
    public static Optional<String> nameBeforeAffiliation(String written, RuleContext ctx) {
        String text = written.strip();
        if (text.length() > 2 * MAX_NAME_LENGTH) {
            return Optional.empty();
        }
        int cut = text.length();
        int restFrom = text.length();
        boolean list = false;
        for (String sep : new String[] {",", " - ", " – ", " — ", " | "}) {
            int at = text.indexOf(sep);
            if (at > 0 && at < cut) {
                cut = at;
                restFrom = at + sep.length();
                list = sep.equals(","); // a comma may list people; a dash or bar leads to a role
            }
        }
        String rest = text.substring(restFrom).strip();
        List<String> words = Spaces.cut(text.substring(0, cut).strip());
        int n = words.size();
        while (n > 0 && Lexicon.isDegree(words.get(n - 1).toLowerCase(Locale.ROOT))) {
            n--;
        }
        if (n == 0 || n == words.size() && cut == text.length()) {
            return Optional.empty(); // nothing was cut: the whole text was already checked as a name
        }
        String name = Names.clean(String.join(" ", words.subList(0, n)));
        if (name.length() > MAX_NAME_LENGTH || !Names.isPersonName(name, ctx.stopWords())
                || Lexicon.anyWord(name, Lexicon.WordClass.NOT_NAME)) {
            return Optional.empty();
        }
        if (list && allNames(rest, ctx)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** Whether every part of "Bo Chen, Cy Diaz and Di Egan" is a person's name (an acronym such as "CTO" is not). */
    private static boolean allNames(String text, RuleContext ctx) {
        for (String part : listParts(text)) {
            String p = Names.clean(part.strip().startsWith("and ") ? part.strip().substring(4) : part);
            boolean acronym = p.equals(p.toUpperCase(Locale.ROOT)); // "CTO", "IBM": a role or a company
            if (!p.isBlank() && (acronym || !Names.isPersonName(p, ctx.stopWords()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The pieces of {@code text} between the list separators ",", " and " and " & ", found left to right, as
     * {@code split(",| and | & ")} cut them: an empty piece first when the text starts with one, no empty pieces at
     * the end, and the text itself when it holds none.
     */
    static List<String> listParts(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            int length = text.charAt(i) == ',' ? 1
                    : text.startsWith(" and ", i) ? 5
                    : text.startsWith(" & ", i) ? 3 : 0;
            if (length == 0) {
                i++;
                continue;
            }
            out.add(text.substring(start, i));
            i += length;
            start = i;
        }
        return CharSplit.ending(out, text, start);
    }
}
