package io.meetkit.markdown.internal.extract.prose.token.recap;

import static io.meetkit.markdown.internal.extract.prose.token.recap.Tokens.index;
import static io.meetkit.markdown.internal.extract.prose.token.recap.Tokens.sentence;
import static io.meetkit.markdown.internal.extract.prose.token.recap.Tokens.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakingSubjectRuleTest {

    private static List<String> starts(String markdown) {
        TokenizedSentence s = sentence(markdown);
        return SpeakingSubjectRule.starts(s).stream().map(i -> text(s, i)).toList();
    }

    /** Whether a subject verb follows the name that ends before the token written {@code after}. */
    private static boolean verbAfter(String markdown, String after) {
        TokenizedSentence s = sentence(markdown);
        return SpeakingSubjectRule.opensWithVerb(s, SpeakingSubjectRule.afterApposition(s, index(s, after)));
    }

    @Test
    void aSubjectOpensTheSentence() {
        assertThat(starts("Ana Silva gave a talk about packaging.")).containsExactly("Ana");
    }

    @Test
    void aSubjectOpensTheClauseAfterAnEarlyComma() {
        assertThat(starts("Out of the blue, Ana Silva came up with a demo.")).containsExactly("Out", "Ana");
        assertThat(starts("After a long and very welcome break for pizza and drinks, Ana Silva spoke."))
                .containsExactly("After");
        assertThat(starts(", , Ana Silva spoke.")).containsExactly(",");
    }

    @Test
    void aSubjectFollowsKickedOffWithOrNextUp() {
        assertThat(starts("We kicked off with Ana Silva and her talk about caching.")).containsExactly("We", "Ana");
        assertThat(starts("Next up was Bo Chen with a demo.")).containsExactly("Next", "Bo");
        assertThat(starts("Next up: Bo Chen.")).containsExactly("Next");
    }

    @Test
    void aSpeakingVerbFollowsTheName() {
        assertThat(verbAfter("Ana Silva presented her parser.", "presented")).isTrue();
        assertThat(verbAfter("Ana Silva took the stage next.", "took")).isTrue();
        assertThat(verbAfter("Ana Silva then, presented her parser.", "then")).isTrue();
        assertThat(verbAfter("Ana Silva is a developer at Acme.", "is")).isFalse();
        assertThat(verbAfter("Ana Silva's range of tools is wide.", "range")).isFalse();
    }

    @Test
    void anAppositionOrAHandleBetweenNameAndVerbIsSkipped() {
        assertThat(verbAfter("Ana Silva, a developer at Acme, presented her parser.", ",")).isTrue();
        assertThat(verbAfter("Ana Silva, who works at Acme presented her parser.", ",")).isTrue();
        assertThat(verbAfter("Ana Silva (@ana) presented her parser.", "(")).isTrue();
        assertThat(verbAfter("Ana Silva (https://ana.example.org) presented her parser.", "(")).isTrue();
        assertThat(verbAfter("Ana Silva, presented her parser.", ",")).isTrue();
    }

    @Test
    void anAppositionWithoutOpenerOrTooLongIsNotSkipped() {
        assertThat(verbAfter("Ana Silva, Acme's CTO, presented her parser.", ",")).isFalse();
        assertThat(verbAfter("Ana Silva, a " + "very ".repeat(30) + "keen developer, presented.", ",")).isFalse();
    }

    @Test
    void aVerbJoinedToAnotherWordIsNoVerb() {
        // The character scan read "gave" at the start of "gave-away"; the token is one word.
        assertThat(verbAfter("Ana Silva gave-away prizes.", "gave-away")).isFalse();
    }

    @Test
    void aNameEndingInsideAWordHasNoTokenAfterIt() {
        TokenizedSentence s = sentence("Ana Silva spoke.");
        int silva = index(s, "Silva");
        assertThat(SpeakingSubjectRule.tokenAt(s, s.get(silva).start() + 2)).isEqualTo(-1);
        assertThat(SpeakingSubjectRule.tokenAt(s, s.get(silva).end())).isEqualTo(silva + 1);
        assertThat(SpeakingSubjectRule.afterApposition(s, -1)).isEqualTo(-1);
    }

    @Test
    void aParenthesisOrCommaOpensAnApposition() {
        TokenizedSentence s = sentence("Ana Silva (Acme), Bo Chen spoke.");
        assertThat(SpeakingSubjectRule.opensApposition(s, index(s, "("))).isTrue();
        assertThat(SpeakingSubjectRule.opensApposition(s, index(s, ","))).isTrue();
        assertThat(SpeakingSubjectRule.opensApposition(s, index(s, "spoke"))).isFalse();
        assertThat(SpeakingSubjectRule.opensApposition(s, s.size())).isFalse();
    }
}
