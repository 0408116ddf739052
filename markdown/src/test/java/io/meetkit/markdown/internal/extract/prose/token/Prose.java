package io.meetkit.markdown.internal.extract.prose.token;

import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.ProseReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Markdown written in a test, read into blocks and sentences the way the extractor reads a post's body. */
public final class Prose {

    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(TablesExtension.create(), AutolinkExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    public static final RuleContext CONTEXT = new RuleContext(Set.of());

    private Prose() {
    }

    public static List<ProseBlock> blocks(String markdown) {
        return ProseReader.read(MARKDOWN.parse(markdown));
    }

    /** The first sentence of the first block. */
    public static TokenizedSentence sentence(String markdown) {
        return Tokenizer.sentences(blocks(markdown).get(0)).get(0);
    }

    /** What the rule reads in every sentence of every paragraph and item that holds one of its triggers. */
    public static List<TalkCandidate> apply(SentenceRule rule, String markdown) {
        RuleIndex index = new RuleIndex(List.of(rule));
        List<TalkCandidate> out = new ArrayList<>();
        for (ProseBlock b : blocks(markdown)) {
            for (TokenizedSentence s : Tokenizer.sentences(b)) {
                out.addAll(index.apply(s, CONTEXT));
            }
        }
        return out;
    }

    public static List<String> speakers(TalkCandidate c) {
        return c.speakers().stream().map(TalkCandidate.SpeakerMention::name).toList();
    }
}
