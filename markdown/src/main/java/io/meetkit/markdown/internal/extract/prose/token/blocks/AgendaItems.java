package io.meetkit.markdown.internal.extract.prose.token.blocks;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.Names;
import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.Span;
import io.meetkit.markdown.internal.extract.prose.Trim;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.PeopleReader.PeopleAt;
import io.meetkit.markdown.internal.extract.prose.token.PeopleReader;
import io.meetkit.markdown.internal.extract.prose.token.RuleContext;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate.SpeakerMention;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import io.meetkit.markdown.internal.extract.prose.token.TalkContext;
import io.meetkit.markdown.internal.extract.prose.token.TitleReader;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import io.meetkit.markdown.internal.extract.prose.token.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Agenda lines: list items, and the lines of a paragraph written as a schedule (two or more lines that open with a
 * clock time), each read as one talk in one of these shapes:
 * <pre>
 * - Profiling without Tears - Nora Quist
 * - Talk 1 - [Nora Quist](https://example.org/nora) - "Profiling without Tears"
 * - Profiling without Tears by Nora Quist and Omar Haddad
 * - Profiling without Tears (Nora Quist - Acme)
 * 18:30 - Profiling without Tears - Nora Quist
 * </pre>
 * " - " (or "–", "—", "|") parts that only say the kind, level, length or time ("Workshop", "Beginner level",
 * "20 min", "6:30 pm") are set aside; the person part must be read whole as people, and is the last part, the one
 * beside a quoted or emphasised title, a linked name, or the first after a "Talk 1 -" label. Open slots ("TBD",
 * "You?", "Call for speakers") and lines with phone-number-like runs of digits are no talks; neither are the items
 * of a list whose lead-in or section is about something else ({@link TalkContext#skipped}). The other links of the
 * item become the talk's resources.
 */
public final class AgendaItems {

    /** The most tokens of an item that are read: far above any agenda line. */
    private static final int MAX_ITEM_TOKENS = 400;
    private static final Set<String> KIND_WORDS = Lexicon.words(WordClass.AGENDA_KIND_WORD);
    /** Words before "by" that make it no speaker's "by": "hosted by", "sponsored by", "step by step". */
    private static final Set<String> NOT_BY = Lexicon.words(WordClass.AGENDA_NOT_BY);
    private static final Set<String> FROM_AFTER = Lexicon.words(WordClass.FROM_AFTER);

    private AgendaItems() {
    }

    /**
     * A talk of an agenda line.
     *
     * @param talk  the talk, with its resource links
     * @param block the index of the block it was read from
     */
    public record AgendaTalk(TalkCandidate talk, int block) {
    }

    /** The talks of the post's agenda lines, in order. */
    public static List<AgendaTalk> read(List<ProseBlock> blocks, RuleContext ctx, TalkContext context,
                                        Set<String> ignoredUrls) {
        List<AgendaTalk> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            ProseBlock b = blocks.get(i);
            int index = i;
            if (b.kind() == ProseBlock.Kind.ITEM && !context.skipped(b)) {
                List<Token> tokens = Tokenizer.tokens(b);
                Line whole = new Line(b, tokens.subList(0, Math.min(tokens.size(), MAX_ITEM_TOKENS)), b.leadIn(),
                        0, b.text().length());
                item(whole, ctx, ignoredUrls).ifPresent(t -> out.add(new AgendaTalk(t, index)));
            } else if (b.kind() == ProseBlock.Kind.PARAGRAPH && !context.skipped(b)) {
                for (Line line : timedLines(b)) {
                    item(line, ctx, ignoredUrls).ifPresent(t -> out.add(new AgendaTalk(t, index)));
                }
            }
        }
        return out;
    }

    /** The tokens of one agenda line, with the block it is in and the text that introduces its list. */
    private record Line(ProseBlock block, List<Token> tokens, String leadIn, int from, int to) {

        Line first(int tokenCount) {
            return new Line(block, tokens.subList(0, tokenCount), leadIn, from, to);
        }
    }

    /** The first line of a multi-line item alone, else the whole item. */
    private static Optional<TalkCandidate> item(Line line, RuleContext ctx, Set<String> ignoredUrls) {
        List<Token> t = line.tokens();
        int firstLineEnd = 1;
        while (firstLineEnd < t.size() && !t.get(firstLineEnd).lineStart()) {
            firstLineEnd++;
        }
        if (firstLineEnd < t.size()) {
            Optional<TalkCandidate> first = read(line.first(firstLineEnd), ctx, ignoredUrls);
            if (first.isPresent()) {
                return first;
            }
        }
        return read(line, ctx, ignoredUrls);
    }

    private static Optional<TalkCandidate> read(Line line, RuleContext ctx, Set<String> ignoredUrls) {
        List<Token> tokens = line.tokens();
        int n = tokens.size();
        while (n > 0 && tokens.get(n - 1).kind() == Token.Kind.PUNCT && ":.;,".contains(tokens.get(n - 1).text())) {
            n--;
        }
        if (n == 0) {
            return Optional.empty();
        }
        TokenizedSentence s = new TokenizedSentence(line.block(), tokens.subList(0, n));
        ProseBlock b = line.block();
        Links links = new Links(line.from(), line.to(), ignoredUrls, ctx.stopWords());
        TalkKind kind = TalkContext.kindOf(line.leadIn() + " " + b.section() + " " + s);
        int start = leadingTime(s);
        boolean numbered = false;
        int label = kindLabel(s, start);
        if (label > start) {
            kind = TalkContext.kindOf(s.text(start, label));
            start = label;
            numbered = true; // "Talk 1 - Name - Title": the name comes first
        }
        if (start >= s.size() || openSlot(s, start) || digits(s, start) >= 7) {
            return Optional.empty();
        }
        String body = s.text(start, s.size());
        String[] paren = titleAndParenthesis(body);
        if (paren != null) {
            String who = Names.clean(firstWho(paren[1]));
            if (Names.isPersonName(who, ctx.stopWords()) && !paren[0].contains(" - ")) {
                return Optional.of(candidate(s, TitleReader.clean(paren[0]), kind,
                        List.of(new SpeakerMention(who, Optional.empty())), List.of()));
            }
        }
        Optional<TalkCandidate> by = titleBy(s, start, kind, ctx, links);
        if (by.isPresent()) {
            return by;
        }
        return dashParts(s, start, kind, numbered, ctx, links);
    }

    /** The token after a leading "18:30", "6:30 pm - 7:00 pm" and its separator, else 0. */
    private static int leadingTime(TokenizedSentence s) {
        if (!clockWithMinutes(s, 0)) {
            return 0;
        }
        int k = 1;
        if (k + 1 < s.size() && (s.get(k).is('-') || s.get(k).is('–') || s.isWord(k, "to"))
                && clockWithMinutes(s, k + 1)) {
            k += 2;
        }
        if (k < s.size() && separator(s.get(k), true)) {
            k++;
        }
        return k;
    }

    private static boolean clockWithMinutes(TokenizedSentence s, int k) {
        if (k >= s.size() || s.get(k).kind() != Token.Kind.CLOCK) {
            return false;
        }
        String c = s.get(k).text();
        int digits = 0;
        while (digits < c.length() && Character.isDigit(c.charAt(digits))) {
            digits++;
        }
        return digits <= 2 && digits < c.length() && (c.charAt(digits) == ':' || c.charAt(digits) == '.');
    }

    private static boolean separator(Token t, boolean colon) {
        return t.is('-') || t.is('–') || t.is('|') || colon && t.is(':');
    }

    /** The token after "Talk 1 -", "Workshop:", "Lightning talk |" at {@code k}, else {@code k}. */
    private static int kindLabel(TokenizedSentence s, int k) {
        int j = k;
        if (s.isWord(j, "lightning") && s.isWord(j + 1, "talk")) {
            j += 2;
        } else if (j < s.size() && s.get(j).kind() == Token.Kind.WORD && KIND_WORDS.contains(s.get(j).lower())) {
            j++;
        } else {
            return k;
        }
        if (j < s.size() && s.get(j).kind() == Token.Kind.NUMBER) {
            j++;
        }
        return j < s.size() && separator(s.get(j), true) ? j + 1 : k;
    }

    /** "TBD", "TBA", "You?", "anyone", "open slot", "your name/talk", "to be announced", "call for". */
    static boolean openSlot(TokenizedSentence s, int from) {
        for (int k = from; k < s.size(); k++) {
            String w = s.get(k).kind() == Token.Kind.WORD ? s.get(k).lower() : "";
            if (Lexicon.is(WordClass.PLACEHOLDER, w) || w.equals("anyone")
                    || w.equals("you") && k + 1 < s.size() && s.get(k + 1).is('?')
                    && s.get(k + 1).start() == s.get(k).end()
                    || w.equals("open") && s.isWord(k + 1, "slot")
                    || w.equals("your") && (s.isWord(k + 1, "name") || s.isWord(k + 1, "talk"))
                    || w.equals("call") && s.isWord(k + 1, "for")
                    || w.equals("to") && s.isWord(k + 1, "be") && (s.isWord(k + 2, "announced")
                    || s.isWord(k + 2, "decided") || s.isWord(k + 2, "confirmed"))) {
                return true;
            }
        }
        return false;
    }

    private static int digits(TokenizedSentence s, int from) {
        int n = 0;
        for (int k = from; k < s.size(); k++) {
            for (int c = 0; c < s.get(k).text().length(); c++) {
                char ch = s.get(k).text().charAt(c);
                if (ch >= '0' && ch <= '9') {
                    n++;
                }
            }
        }
        return n;
    }

    /** The person part of "(Nora Quist - Acme)", "(Nora Quist, Acme)", "(Nora Quist at Acme)". */
    private static String firstWho(String inParens) {
        int cut = inParens.length();
        int comma = inParens.indexOf(',');
        if (comma >= 0) {
            cut = comma;
        }
        for (int i = 1; i + 1 < cut; i++) {
            char c = inParens.charAt(i);
            boolean dash = (c == '-' || c == '–' || c == '—') && Trim.isPatternSpace(inParens.charAt(i - 1))
                    && Trim.isPatternSpace(inParens.charAt(i + 1));
            boolean at = c == 'a' && i + 2 < cut && inParens.charAt(i + 1) == 't' && Trim.isPatternSpace(inParens.charAt(i - 1))
                    && Trim.isPatternSpace(inParens.charAt(i + 2));
            if (dash || at) {
                int j = i;
                while (j > 0 && Trim.isPatternSpace(inParens.charAt(j - 1))) {
                    j--;
                }
                cut = j;
                break;
            }
        }
        return inParens.substring(0, cut).strip();
    }

    /**
     * "Title (Who)" as {title, who}, or null: the text ends with ")" and its last "(" opens the only parenthesis
     * there, on one line. Found in one pass.
     */
    public static String[] titleAndParenthesis(String text) {
        int n = text.length();
        if (n < 4 || text.charAt(n - 1) != ')') {
            return null;
        }
        int open = text.lastIndexOf('(', n - 2);
        if (open < 1 || open + 1 == n - 1 || text.indexOf(')', open + 1) != n - 1) {
            return null;
        }
        int end = open;
        while (end > 1 && Trim.isPatternSpace(text.charAt(end - 1))) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null;
            }
        }
        return new String[] {text.substring(0, end), text.substring(open + 1, n - 1)};
    }

    /**
     * A heading that is a talk's title with its speakers ("## 2. Caching at the Edge by Omar Haddad"), read as an
     * agenda item's "TITLE by NAME" after a leading number.
     */
    public static Optional<TalkCandidate> headingTitleBy(ProseBlock heading, RuleContext ctx) {
        List<Token> tokens = Tokenizer.tokens(heading);
        TokenizedSentence s = new TokenizedSentence(heading, tokens.subList(0, Math.min(tokens.size(),
                MAX_ITEM_TOKENS)));
        int start = 0;
        if (s.size() > 1 && s.get(0).kind() == Token.Kind.NUMBER && (s.get(1).is('.') || s.get(1).is(')'))
                && s.get(1).start() == s.get(0).end()) {
            start = 2;
        }
        return titleBy(s, start, TalkKind.TALK, ctx, new Links(0, 0, Set.of(), ctx.stopWords()));
    }

    /** "Title by Name[, Name and Name]": the last "by" whose people run to the end (or to a parenthesis). */
    static Optional<TalkCandidate> titleBy(TokenizedSentence s, int start, TalkKind kind, RuleContext ctx,
                                           Links links) {
        int bestBy = -1;
        PeopleAt best = null;
        for (int k = start; k < s.size(); k++) {
            if (!speakerBy(s, k)) {
                continue;
            }
            int after = s.isWord(k + 1, "by") ? k + 2 : k + 1;
            PeopleAt people = PeopleReader.at(s, after, s.size(), ctx);
            if (!people.isEmpty()) {
                bestBy = k;
                best = people;
            }
        }
        if (best == null || !onlyPunctuationFrom(s, best.to()) && !s.get(best.to()).is('(')) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (int[] p : parts(s, start, bestBy)) {
            if (!meta(s, p[0], p[1])) {
                parts.add(s.text(p[0], p[1]).strip());
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(candidate(s, TitleReader.clean(String.join(" - ", parts)), kind, best.people(),
                links.of(s.block(), best.people())));
    }

    /** Whether token {@code k} is a "by" that introduces a speaker, or a "from" after a talk noun. */
    static boolean speakerBy(TokenizedSentence s, int k) {
        Token t = s.get(k);
        if (t.kind() != Token.Kind.WORD || t.link().isPresent()) {
            return false;
        }
        boolean prevWord = k > 0 && s.get(k - 1).kind() == Token.Kind.WORD && s.get(k - 1).end() < t.start();
        if (t.lower().equals("by")) {
            return !(prevWord && NOT_BY.contains(s.get(k - 1).lower()));
        }
        return t.lower().equals("from") && prevWord && FROM_AFTER.contains(s.get(k - 1).lower());
    }

    private static boolean onlyPunctuationFrom(TokenizedSentence s, int k) {
        for (int j = k; j < s.size(); j++) {
            if (!(s.get(j).kind() == Token.Kind.PUNCT && ".:;,!".contains(s.get(j).text()))) {
                return false;
            }
        }
        return true;
    }

    /** Token ranges {from, to} of the " - " separated parts of {@code [from, to)}, outside parentheses. */
    private static List<int[]> parts(TokenizedSentence s, int from, int to) {
        List<int[]> out = new ArrayList<>();
        String text = s.block().text();
        int depth = 0;
        int partStart = from;
        for (int k = from; k < to; k++) {
            Token t = s.get(k);
            if (t.is('(')) {
                depth++;
            } else if (t.is(')')) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && k > from && k + 1 < to && (separator(t, false) || t.is('—')) && t.start() > 0
                    && text.charAt(t.start() - 1) == ' ' && t.end() < text.length() && text.charAt(t.end()) == ' ') {
                out.add(new int[] {partStart, k});
                partStart = k + 1;
            }
        }
        out.add(new int[] {partStart, to});
        out.removeIf(p -> p[1] <= p[0]);
        return out;
    }

    /** Whether a part only says the level, length, time or kind: "Beginner", "20 min", "6:30 pm", "Workshop". */
    private static boolean meta(TokenizedSentence s, int from, int to) {
        List<String> w = new ArrayList<>();
        for (int k = from; k < to; k++) {
            w.add(s.get(k).text().toLowerCase(Locale.ROOT));
        }
        String first = w.get(0);
        int n = w.size();
        if (Lexicon.is(WordClass.AGENDA_LEVEL, first)) {
            int k = 1;
            if (k + 1 < n && (w.get(k).equals("/") || w.get(k).equals("and") || w.get(k).equals("to"))) {
                k += 2;
            }
            if (k < n && w.get(k).equals("level")) {
                k++;
            }
            return k == n;
        }
        if (first.equals("level")) {
            return true;
        }
        Token t = s.get(from);
        if (t.kind() == Token.Kind.NUMBER && n <= 3) {
            if (n == 1) {
                return t.text().length() <= 2;
            }
            boolean unit = n >= 2 && Lexicon.is(WordClass.DURATION_UNIT, w.get(1));
            return unit && (n == 2 || w.get(2).equals("."));
        }
        if (t.kind() == Token.Kind.CLOCK && n == 1) {
            return true;
        }
        if (first.equals("talk") || first.equals("session")) {
            return n == 1 || n == 2 && s.get(from + 1).kind() == Token.Kind.NUMBER;
        }
        // "talk" and "session" were read above: the other kind words are a part alone
        return n == 1 && KIND_WORDS.contains(first)
                || n == 2 && first.equals("lightning") && w.get(1).equals("talk");
    }

    private static Optional<TalkCandidate> dashParts(TokenizedSentence s, int start, TalkKind kindSoFar,
                                                     boolean numbered, RuleContext ctx, Links links) {
        TalkKind kind = kindSoFar;
        List<int[]> kept = new ArrayList<>();
        for (int[] p : parts(s, start, s.size())) {
            if (meta(s, p[0], p[1])) {
                if (s.isWord(p[0], "workshop")) {
                    kind = TalkKind.WORKSHOP;
                } else if (s.isWord(p[0], "lightning")) {
                    kind = TalkKind.LIGHTNING;
                }
                continue;
            }
            kept.add(p);
        }
        if (kept.size() < 2) {
            return Optional.empty();
        }
        int quoted = -1;
        for (int k = 0; k < kept.size(); k++) {
            if (s.get(kept.get(k)[0]).kind() == Token.Kind.QUOTE || emphasised(s, kept.get(k))) {
                quoted = k;
            }
        }
        int speaker = -1;
        List<SpeakerMention> people = List.of();
        for (int m = 0; m < kept.size() && speaker < 0; m++) {
            int k = numbered ? m : kept.size() - 1 - m;
            if (k == quoted) {
                continue;
            }
            int[] p = kept.get(k);
            PeopleAt found = PeopleReader.at(s, p[0], p[1], ctx);
            if (!found.isEmpty() && found.to() == p[1]) {
                boolean linked = found.people().get(0).profileUrl().isPresent();
                if (linked || quoted >= 0 || k == kept.size() - 1 || k == 0 && kept.size() == 2
                        || numbered && k == 0) {
                    speaker = k;
                    people = found.people();
                }
            }
        }
        if (speaker < 0) {
            return Optional.empty();
        }
        String title;
        if (quoted >= 0) {
            title = s.text(kept.get(quoted)[0], kept.get(quoted)[1]);
        } else {
            List<String> parts = new ArrayList<>();
            for (int k = 0; k < kept.size(); k++) {
                if (k != speaker) {
                    parts.add(s.text(kept.get(k)[0], kept.get(k)[1]).strip());
                }
            }
            title = String.join(" - ", parts);
        }
        return Optional.of(candidate(s, TitleReader.clean(title), kind, people,
                links.of(s.block(), people)));
    }

    /** Whether one emphasis span covers the whole part. */
    private static boolean emphasised(TokenizedSentence s, int[] part) {
        int from = s.get(part[0]).start();
        int to = s.get(part[1] - 1).end();
        for (Span sp : s.block().spansWithin(from, s.block().text().length())) {
            if (sp.start() > from) {
                break;
            }
            if (sp.kind() == Span.Kind.EMPHASIS && sp.start() <= from && sp.end() >= to) {
                return true;
            }
        }
        return false;
    }

    private static TalkCandidate candidate(TokenizedSentence s, Optional<String> title, TalkKind kind,
                                           List<SpeakerMention> people, List<String> links) {
        return new TalkCandidate(title, false, kind, people, s.lineOf(0), "agenda-item", links);
    }

    /**
     * Which links of a block's text range are a talk's resources: not the speakers' own, not a person's profile,
     * not one of the post's ignored URLs (the venue's, the group's).
     *
     * @param from        the first character of the range
     * @param to          the character after the range
     * @param ignoredUrls URLs that are never a talk's resource
     * @param stopWords   lower-case words that are not name words here
     */
    public record Links(int from, int to, Set<String> ignoredUrls, Set<String> stopWords) {

        /** The resource links of the range, in order, each once. */
        public List<String> of(ProseBlock b, List<SpeakerMention> speakers) {
            List<String> out = new ArrayList<>();
            for (Span s : b.links()) {
                if (s.start() < from || s.end() > to || ignoredUrls.contains(s.url()) || out.contains(s.url())) {
                    continue;
                }
                boolean speaker = speakers.stream().anyMatch(p -> p.profileUrl().filter(s.url()::equals).isPresent());
                if (!speaker && !(Names.isProfileUrl(s.url()) && Names.isPersonName(s.textIn(b.text()), stopWords))) {
                    out.add(s.url());
                }
            }
            return out;
        }
    }

    /**
     * The lines of a paragraph written as a schedule ("18:00 - Pizza", "18:30 - "Title" - Name"); none unless at
     * least two lines open with a clock time followed by a space.
     */
    private static List<Line> timedLines(ProseBlock b) {
        List<Token> tokens = Tokenizer.tokens(b);
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= tokens.size(); k++) {
            if (k == tokens.size() || tokens.get(k).lineStart()) {
                if (timed(b, tokens, start, k)) {
                    lines.add(new int[] {start, k});
                }
                start = k;
            }
        }
        if (lines.size() < 2) {
            return List.of();
        }
        String leadIn = b.text().substring(0, tokens.get(lines.get(0)[0]).start());
        List<Line> out = new ArrayList<>();
        for (int[] l : lines) {
            int to = l[1] < tokens.size() ? tokens.get(l[1]).start() : b.text().length();
            out.add(new Line(b, tokens.subList(l[0], Math.min(l[1], l[0] + MAX_ITEM_TOKENS)), leadIn,
                    tokens.get(l[0]).start(), to));
        }
        return out;
    }

    private static boolean timed(ProseBlock b, List<Token> tokens, int from, int to) {
        TokenizedSentence s = new TokenizedSentence(b, tokens.subList(from, to));
        if (!clockWithMinutes(s, 0) || s.size() < 2) {
            return false;
        }
        int k = 1;
        if (separator(s.get(1), true)) {
            k = 2;
        }
        return k < s.size() && s.get(k).start() > s.get(k - 1).end();
    }
}
