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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A lineup of talks as list items with the speaker and the title separated by dashes, often with a length:
 * <pre>
 * We have a great lineup of talks:
 * - Nora Quist - "Profiling without Tears" - 10 minutes
 * - Omar Haddad - Queues in Practice - 15 minutes
 * </pre>
 * The list's items decide together which side is the name: the side that holds a quoted title in most items is
 * the title side, so "Omar Haddad - Queues in Practice", whose title could pass for a name, is read the same way as
 * its neighbours. Only lists introduced as talks (a talk word in the lead-in or section) are read; a length ("10
 * minutes", "5 min") is dropped, and a placeholder title ("TBD", "TBA") is no talk.
 */
public final class DashedLineupItems {

    private static final int MAX_ITEM_LENGTH = 240;

    private DashedLineupItems() {
    }

    /** One talk per two-part item of every dashed lineup. */
    public static List<TalkCandidate> read(List<ProseBlock> blocks, RuleContext ctx) {
        Map<Integer, List<ProseBlock>> lists = new LinkedHashMap<>();
        for (ProseBlock b : blocks) {
            if (b.kind() == ProseBlock.Kind.ITEM && talkList(b)) {
                lists.computeIfAbsent(b.listId(), k -> new ArrayList<>()).add(b);
            }
        }
        List<TalkCandidate> out = new ArrayList<>();
        for (List<ProseBlock> items : lists.values()) {
            List<String[]> parts = new ArrayList<>();
            int nameFirst = 0;
            int titleFirst = 0;
            for (ProseBlock item : items) {
                String[] p = parts(item.text());
                parts.add(p);
                if (p.length == 2) {
                    nameFirst += quoted(p[1]) && !quoted(p[0]) ? 1 : 0;
                    titleFirst += quoted(p[0]) && !quoted(p[1]) ? 1 : 0;
                }
            }
            if (nameFirst == titleFirst) {
                continue; // no quoted titles to say which side is which
            }
            for (int i = 0; i < items.size(); i++) {
                String[] p = parts.get(i);
                if (p.length != 2) {
                    continue;
                }
                String name = Names.clean(nameFirst > titleFirst ? p[0] : p[1]);
                String title = unquoted(nameFirst > titleFirst ? p[1] : p[0]);
                if (quoted(name) || placeholder(title) || !Names.isPersonName(name, ctx.stopWords())
                        || Lexicon.anyWord(name, WordClass.NOT_NAME)) {
                    continue;
                }
                out.add(new TalkCandidate(Optional.of(title), false, TalkKind.TALK,
                        List.of(new SpeakerMention(name, Optional.empty())), items.get(i).line(), "dashed-lineup"));
            }
        }
        return out;
    }

    private static boolean talkList(ProseBlock b) {
        return Lexicon.anyWord(b.leadIn(), WordClass.TALK_NOUN, WordClass.SPEAKER_HEADING)
                || b.leadIn().isEmpty() && Lexicon.anyWord(b.section(), WordClass.TALK_NOUN);
    }

    /** The item's first line cut at " - ", " – " and " — ", a trailing length left out; empty when too long. */
    static String[] parts(String text) {
        int nl = text.indexOf('\n');
        String line = (nl < 0 ? text : text.substring(0, nl)).strip();
        if (line.length() > MAX_ITEM_LENGTH) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i + 2 < line.length(); i++) {
            char c = line.charAt(i + 1);
            if (line.charAt(i) == ' ' && (c == '-' || c == '–' || c == '—') && line.charAt(i + 2) == ' ') {
                out.add(line.substring(from, i).strip());
                from = i + 3;
                i += 2;
            }
        }
        out.add(line.substring(from).strip());
        if (out.size() > 2 && length(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out.stream().anyMatch(String::isEmpty) ? new String[0] : out.toArray(new String[0]);
    }

    /** Whether the text is a length: "10 minutes", "5 min", "(15 mins)". */
    private static boolean length(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace("(", "").replace(")", "").strip();
        int i = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        String unit = t.substring(i).strip();
        return i > 0 && Lexicon.is(WordClass.DASHED_DURATION_UNIT, unit);
    }

    private static boolean quoted(String text) {
        return text.length() > 2 && "\"“'‘".indexOf(text.charAt(0)) >= 0
                && "\"”'’".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static String unquoted(String text) {
        return quoted(text) ? text.substring(1, text.length() - 1).strip() : text;
    }

    private static boolean placeholder(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return t.isEmpty() || Lexicon.is(WordClass.PLACEHOLDER, t) || t.equals("?") || t.startsWith("to be ");
    }
}
