package io.meetkit.markdown.internal.extract.prose.token.blocks;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.Names;
import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.Span;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.NameReader;
import io.meetkit.markdown.internal.extract.prose.token.NameReader.NameAt;
import io.meetkit.markdown.internal.extract.prose.token.RuleContext;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate.SpeakerMention;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import io.meetkit.markdown.internal.extract.prose.token.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Talks announced by an abstract and closed by the speaker's bio, with no speakers' heading over the bios:
 * <pre>
 * **Mapping bike lanes**
 *
 * We'll show how we mapped the city's bike lanes with open data, and talk about publishing the map.
 *
 * Nora Quist is a data engineer at Acme Labs. You can find her on [GitHub](https://github.com/nquist).
 * </pre>
 * A bio is a paragraph that opens with a full name (two words or more) and a verb that starts a biography ("is",
 * "works", "leads", "studied", "has been", "has a" …), refers to the person as "he", "she", "his", "her" …, and never writes
 * a word of the name in lower case ("Quarry Search is … why quarry indexes are fast" is about a thing). Each bio closes the
 * talk whose abstract comes before it: a paragraph with a talk noun, or "we'll"/"will" with a speaking verb. A
 * second bio with no abstract of its own adds a co-speaker; a bio before any abstract means the post's people are
 * not speakers, and nothing is read. The last bold or italic one-line paragraph before the bio is the title;
 * otherwise there is none (the post's title often is one, but nothing says so). A profile linked in the bio ("find
 * her on [GitHub](…)") is the speaker's. Used only when nothing else in the post names a talk.
 */
public final class ClosingBioReader {

    private ClosingBioReader() {
    }

    /** One talk per bio that follows its own abstract, in the order of the post; none when a bio has no talk. */
    public static List<TalkCandidate> read(List<ProseBlock> blocks, RuleContext ctx) {
        List<TalkCandidate> out = new ArrayList<>();
        boolean talkCue = false;
        Optional<String> title = Optional.empty();
        for (ProseBlock b : blocks) {
            if (b.kind() != ProseBlock.Kind.PARAGRAPH) {
                continue;
            }
            TokenizedSentence s = new TokenizedSentence(b, Tokenizer.tokens(b));
            Optional<NameAt> bio = bioOpening(s, ctx);
            if (bio.isEmpty()) {
                Optional<String> card = wholeEmphasis(b);
                if (card.isPresent()) {
                    title = card;
                }
                talkCue |= speaksOfATalk(s);
                continue;
            }
            SpeakerMention person = bio.get().person();
            if (person.profileUrl().isEmpty()) {
                person = new SpeakerMention(person.name(), profileLink(b));
            }
            if (talkCue) {
                out.add(new TalkCandidate(title, title.isEmpty(), TalkKind.TALK, List.of(person), b.line(),
                        "closing-bio"));
            } else if (!out.isEmpty()) {
                // A second bio after one abstract: the talk has two speakers.
                TalkCandidate last = out.remove(out.size() - 1);
                List<SpeakerMention> people = new ArrayList<>(last.speakers());
                people.add(person);
                out.add(new TalkCandidate(last.title(), last.paraphrase(), last.kind(), people, last.line(),
                        last.source()));
            } else {
                return List.of(); // a bio before any talk is said: someone else's profile, not a speaker's
            }
            talkCue = false;
            title = Optional.empty();
        }
        return out;
    }

    /** The text of a one-line paragraph that is bold or italic throughout ("**Managing projects**"). */
    private static Optional<String> wholeEmphasis(ProseBlock b) {
        String text = b.text().strip();
        if (text.isEmpty() || text.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        for (Span sp : b.spans()) {
            boolean emphasis = sp.kind() == Span.Kind.STRONG || sp.kind() == Span.Kind.EMPHASIS;
            // "About our speaker", "Abstract", "Second talk" are headings, not titles.
            if (emphasis && sp.textIn(b.text()).strip().equals(text) && !text.endsWith(":") && text.indexOf(' ') > 0
                    && !Lexicon.anyWord(text, WordClass.SPEAKER_HEADING) && Lexicon.anyWordOutside(text,
                    WordClass.TITLE_LABEL, WordClass.FUNCTION, WordClass.ORDINAL, WordClass.TALK_NOUN)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** The name that opens the paragraph before a biography verb ("Nora Quist is a …"). */
    private static Optional<NameAt> bioOpening(TokenizedSentence s, RuleContext ctx) {
        Optional<NameAt> name = NameReader.forward(s, 0, ctx);
        if (name.isEmpty() || name.get().person().name().indexOf(' ') < 0) {
            return Optional.empty();
        }
        Set<String> nameWords = new HashSet<>();
        for (int i = name.get().from(); i < name.get().to(); i++) {
            if (s.get(i).capitalised()) {
                nameWords.add(s.get(i).lower());
            }
        }
        int verb = NameReader.skipParenthetical(s, name.get().to());
        boolean bioVerb = verb < s.size() && s.get(verb).kind() == Token.Kind.WORD
                && (Lexicon.isBioVerb(s.get(verb).lower()) || s.isWord(verb, "has")
                && s.isWord(verb + 1, WordClass.BIO_HAS_OBJECT));
        if (!bioVerb) {
            return Optional.empty();
        }
        boolean pronoun = false;
        for (int i = verb; i < s.size(); i++) {
            Token t = s.get(i);
            if (t.kind() != Token.Kind.WORD) {
                continue;
            }
            pronoun |= Lexicon.isPersonalPronoun(t.lower());
            if (!t.capitalised() && nameWords.contains(t.text())) {
                return Optional.empty(); // "Quarry Search is … quarry indexes": a thing, not a person
            }
        }
        return pronoun ? name : Optional.empty();
    }

    /** Whether the paragraph names a talk or says someone will speak ("We'll show how …"). */
    private static boolean speaksOfATalk(TokenizedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.isWord(i, WordClass.TALK_NOUN)) {
                return true;
            }
            String w = s.get(i).lower();
            if (s.get(i).kind() == Token.Kind.WORD && (w.equals("will") || w.endsWith("'ll") || w.endsWith("’ll"))) {
                int j = i + 1;
                while (s.isWord(j, WordClass.VERB_ADVERB)) {
                    j++;
                }
                if (s.isWord(j, WordClass.SPEAKING_VERB)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<String> profileLink(ProseBlock b) {
        for (Span l : b.links()) {
            if (Names.isProfileUrl(l.url())) {
                return Optional.of(l.url());
            }
        }
        return Optional.empty();
    }
}
