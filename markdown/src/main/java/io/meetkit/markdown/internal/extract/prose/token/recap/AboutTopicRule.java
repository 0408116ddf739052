package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.Trim;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.TitleReader;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.util.Optional;
import java.util.Set;

/**
 * The topic after the first lower-case "about", "on", "discussing", "around", "into", "regarding" or "covering"
 * that follows the sentence's subject (and a "the topic" after it), up to its clause's end ({@link TitleEnd}) or
 * the speakers' "by", is a paraphrased title of at most twelve words, without an opening "his", "her" or "their":
 * <ul>
 *   <li>"Ana Silva gave a talk about caching at the edge." gives "caching at the edge";</li>
 *   <li>"Bo Chen spoke on his favourite profiler, then took questions." gives "favourite profiler";</li>
 *   <li>"Ana Silva talked about it for 5 minutes." gives "it";</li>
 *   <li>"About twenty people came." gives none ("About" is capitalised: no topic word).</li>
 * </ul>
 * Only the first such word after the subject is read: a topic of more than twelve words, or none, gives no title.
 */
public final class AboutTopicRule implements TitleRule {

    private static final Set<String> ABOUT = Lexicon.words(WordClass.TOPIC_WORD);
    private static final Set<String> POSSESSIVES = Lexicon.words(WordClass.POSSESSIVE);
    private static final int MAX_WORDS = 12;

    @Override
    public String name() {
        return "about-topic";
    }

    @Override
    public Set<String> triggers() {
        return ABOUT;
    }

    @Override
    public Optional<RecapTitle> read(RecapSentence s) {
        int about = Math.max(s.subjectEndToken(), 0);
        while (about < s.size() && !(isAbout(s.get(about)) && s.gapAfter(about))) {
            about++;
        }
        if (about >= s.size()) {
            return Optional.empty();
        }
        int from = about + 1;
        if (s.get(from).text().equals("the") && s.gapAfter(from) && s.get(from + 1).text().equals("topic")
                && s.gapAfter(from + 1)) {
            from += 2;
        }
        int by = s.byToken();
        int end = TitleEnd.of(s, from, by > from ? by : -1);
        Optional<String> whole = TitleReader.clean(s.text(from, end));
        if (whole.isEmpty() || words(whole.get()) > MAX_WORDS) {
            return Optional.empty();
        }
        if (from + 1 < end && s.isWord(from, POSSESSIVES) && s.gapAfter(from)) {
            return Optional.of(new RecapTitle(
                    TitleReader.clean(s.text(from + 1, end)),
                    true, name()));
        }
        return Optional.of(new RecapTitle(whole, true, name()));
    }

    /** A topic word as written in lower case: "About" opening a sentence is no topic word. */
    private static boolean isAbout(Token t) {
        return t.kind() == Token.Kind.WORD && ABOUT.contains(t.text());
    }

    private static int words(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (!Trim.isPatternSpace(t.charAt(i)) && (i == 0 || Trim.isPatternSpace(t.charAt(i - 1)))) {
                n++;
            }
        }
        return n;
    }
}
