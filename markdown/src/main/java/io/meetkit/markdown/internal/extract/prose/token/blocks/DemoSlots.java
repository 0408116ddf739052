package io.meetkit.markdown.internal.extract.prose.token.blocks;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.TalkDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Leaves demos out of a post's talks. A lineup often lists its demos beside the talks, named as such:
 * <pre>
 * - Nora Quist - "Profiling without Tears" - 10 minutes
 * - Omar Haddad - Robot Arm Demo - 5 minutes
 * </pre>
 * A session whose title starts or ends with the word "demo" ("Robot Arm Demo", "Demo: our new app", "Live demos") is
 * a demo, and demos are not talks. A lightning talk stays one whatever its title ("Project Euler Demo" in a list the
 * post introduces as lightning talks): the post itself calls it a talk. A word that only contains "demo"
 * ("Democracy") or a "demo" inside the title ("How we demo features") says nothing.
 */
public final class DemoSlots {

    private DemoSlots() {
    }

    /** The drafts that are not demos, in their order. */
    public static List<TalkDraft> withoutDemos(List<TalkDraft> drafts) {
        List<TalkDraft> out = new ArrayList<>();
        for (TalkDraft d : drafts) {
            boolean demo = d.kind() != TalkKind.LIGHTNING && d.title().filter(DemoSlots::demoTitle).isPresent();
            if (!demo) {
                out.add(d);
            }
        }
        return out.size() == drafts.size() ? drafts : out;
    }

    /** Whether the title's first or last word is "demo" or "demos". */
    static boolean demoTitle(String title) {
        List<String> words = new ArrayList<>();
        int from = -1;
        for (int i = 0; i <= title.length(); i++) {
            boolean letter = i < title.length() && Character.isLetterOrDigit(title.charAt(i));
            if (letter && from < 0) {
                from = i;
            } else if (!letter && from >= 0) {
                words.add(title.substring(from, i).toLowerCase(Locale.ROOT));
                from = -1;
            }
        }
        return !words.isEmpty() && (demoWord(words.get(0)) || demoWord(words.get(words.size() - 1)));
    }

    private static boolean demoWord(String word) {
        return word.equals("demo") || word.equals("demos");
    }
}
