package io.meetkit.markdown.internal.extract.prose.token.blocks;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.Names;
import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.RuleContext;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate.SpeakerMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** One {@code "key": "value"} pair (also {@code =>} or {@code =}), each side in matching quotes. */
    private static final Pattern PAIR = Pattern.compile(
            "\\s*+([\"'])([^\"'\\n]{1,80})\\1\\s*+(?::|=>|=)\\s*+([\"'])([^\\n]{1,200}?)\\3\\s*+,?\\s*+");

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
            String[] lines = b.text().split("\n", -1);
            int first = 0;
            while (first < lines.length && lines[first].isBlank()) {
                first++;
            }
            if (first == lines.length || !opensTalkMap(lines[first])) {
                continue;
            }
            TalkKind kind = i > 0 && Lexicon.anyWord(blocks.get(i - 1).text(), WordClass.LIGHTNING)
                    ? TalkKind.LIGHTNING : TalkKind.TALK;
            for (int k = first + 1; k < lines.length; k++) {
                int line = b.line() + 1 + k; // the literal starts on the line after a fence
                if (lines[k].length() <= MAX_LINE) {
                    pair(lines[k], ctx).ifPresent(p -> out.add(new TalkCandidate(Optional.of(p.title), false, kind,
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
        for (String w : t.split("[^\\p{L}]+")) {
            if (Lexicon.isTalkMapName(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Pair> pair(String line, RuleContext ctx) {
        Matcher m = PAIR.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String key = m.group(2).strip();
        String value = m.group(4).strip();
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
