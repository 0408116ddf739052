package io.meetkit.markdown.internal.extract.prose.token.blocks;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.CharSplit;
import io.meetkit.markdown.internal.extract.prose.Names;
import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.Trim;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.RuleContext;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate.SpeakerMention;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A lineup written as code, as programming groups like to: a code block that opens a mapping named after talks
 * ({@code talks = {}, {@code "lineup": {}, {@code speakers:}) and holds one quoted pair per line, a person and a
 * title in either order:
 * <pre>
 * talks = {
 *     "Nora Quist": "Profiling without Tears",
 *     "Omar Haddad": "Queues in Practice",
 * }
 * </pre>
 * Each pair with a person's name on one side is a talk; a lightning talk when the paragraph before the block speaks
 * of lightning talks. Code that names no talks mapping ({@code config = {"host": "Acme Labs"}}) is not read.
 */
public final class CodeBlockTalkMap {

    private static final int MAX_LINE = 300;
    private static final int MAX_KEY = 80;
    private static final int MAX_VALUE = 200;

    private CodeBlockTalkMap() {
    }

    /** One talk per person-and-title pair of every code block that opens a talks mapping. */
    public static List<TalkCandidate> read(List<ProseBlock> blocks, RuleContext ctx) {
        List<TalkCandidate> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            ProseBlock b = blocks.get(i);
            if (b.kind() != ProseBlock.Kind.CODE) {
                continue;
            }
            List<String> lines = CharSplit.all(b.text(), '\n');
            int first = 0;
            while (first < lines.size() && lines.get(first).isBlank()) {
                first++;
            }
            if (first == lines.size() || !opensTalkMap(lines.get(first))) {
                continue;
            }
            TalkKind kind = i > 0 && Lexicon.anyWord(blocks.get(i - 1).text(), WordClass.LIGHTNING)
                    ? TalkKind.LIGHTNING : TalkKind.TALK;
            for (int k = first + 1; k < lines.size(); k++) {
                int line = b.line() + 1 + k; // the literal starts on the line after a fence
                if (lines.get(k).length() <= MAX_LINE) {
                    pair(lines.get(k), ctx).ifPresent(p -> out.add(new TalkCandidate(Optional.of(p.title), false, kind,
                            List.of(new SpeakerMention(p.speaker, Optional.empty())), line, "code-map")));
                }
            }
        }
        return out;
    }

    private record Pair(String speaker, String title) {
    }

    /** Whether the line names a talks mapping and opens it: a talks word before "=", ":", "{" or "[". */
    static boolean opensTalkMap(String line) {
        if (line.length() > MAX_LINE) {
            return false;
        }
        String t = line.strip();
        if (t.isEmpty() || "{[:=".indexOf(t.charAt(t.length() - 1)) < 0) {
            return false;
        }
        for (String w : letterRuns(t)) {
            if (Lexicon.isTalkMapName(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pieces of {@code text} between runs of characters that are not letters, as {@code split("[^\\p{L}]+")}
     * cut them: a leading empty piece when the text starts with a non-letter, no empty pieces at the end. Text is
     * read by code points, so a letter beyond the BMP is one letter and a lone surrogate is not a letter.
     */
    static List<String> letterRuns(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int last = 0;
        int s = 0;
        while (s < n) {
            int cp = text.codePointAt(s);
            if (Character.isLetter(cp)) {
                s += Character.charCount(cp);
                continue;
            }
            int e = s + Character.charCount(cp);
            while (e < n && !Character.isLetter(text.codePointAt(e))) {
                e += Character.charCount(text.codePointAt(e));
            }
            out.add(text.substring(last, s));
            last = e;
            s = e;
        }
        return CharSplit.ending(out, text, last);
    }

    /**
     * The two quoted sides of a {@code "key": "value"} line, as written between their quotes.
     *
     * @param key   the left side
     * @param value the right side
     */
    record Quoted(String key, String value) {
    }

    /**
     * The whole line read as one pair: white space, a key of 1 to 80 code points in double or single quotes (neither
     * quote nor a line break inside), {@code :}, {@code =>} or {@code =} with white space around it, a value of 1 to
     * 200 code points up to the same quote as it opens with (no line break inside), then white space and one comma
     * at most. Only white space and a comma may follow the value's closing quote, so that quote is the last one.
     */
    static Optional<Quoted> quotedPair(String line) {
        int n = line.length();
        int open = spaces(line, 0);
        if (open == n || !quote(line.charAt(open))) {
            return Optional.empty();
        }
        int close = open + 1;
        while (close < n && !quote(line.charAt(close)) && line.charAt(close) != '\n') {
            close++;
        }
        if (close == n || line.charAt(close) != line.charAt(open)
                || !lengthWithin(line, open + 1, close, MAX_KEY)) {
            return Optional.empty();
        }
        int sign = spaces(line, close + 1);
        if (line.startsWith("=>", sign)) {
            sign += 2;
        } else if (sign < n && (line.charAt(sign) == ':' || line.charAt(sign) == '=')) {
            sign++;
        } else {
            return Optional.empty();
        }
        int valueOpen = spaces(line, sign);
        if (valueOpen == n || !quote(line.charAt(valueOpen))) {
            return Optional.empty();
        }
        int end = n;
        while (end > 0 && Trim.isPatternSpace(line.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && line.charAt(end - 1) == ',') {
            end--;
            while (end > 0 && Trim.isPatternSpace(line.charAt(end - 1))) {
                end--;
            }
        }
        int valueClose = end - 1;
        int lineBreak = line.indexOf('\n', valueOpen + 1);
        if (valueClose <= valueOpen + 1 || line.charAt(valueClose) != line.charAt(valueOpen)
                || lineBreak >= 0 && lineBreak < valueClose
                || !lengthWithin(line, valueOpen + 1, valueClose, MAX_VALUE)) {
            return Optional.empty();
        }
        return Optional.of(new Quoted(line.substring(open + 1, close), line.substring(valueOpen + 1, valueClose)));
    }

    private static boolean quote(char c) {
        return c == '"' || c == '\'';
    }

    /** Whether {@code [from, to)} holds 1 to {@code max} code points. */
    private static boolean lengthWithin(String text, int from, int to, int max) {
        return to > from && text.codePointCount(from, to) <= max;
    }

    private static int spaces(String text, int i) {
        while (i < text.length() && Trim.isPatternSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Optional<Pair> pair(String line, RuleContext ctx) {
        Optional<Quoted> quoted = quotedPair(line);
        if (quoted.isEmpty()) {
            return Optional.empty();
        }
        String key = quoted.get().key().strip();
        String value = quoted.get().value().strip();
        if (person(key, ctx) && !value.isEmpty()) {
            return Optional.of(new Pair(key, value));
        }
        if (person(value, ctx) && !key.isEmpty()) {
            return Optional.of(new Pair(value, key));
        }
        return Optional.empty();
    }

    private static boolean person(String text, RuleContext ctx) {
        return Names.isPersonName(text, ctx.stopWords()) && !Lexicon.anyWord(text, WordClass.NOT_NAME);
    }
}
