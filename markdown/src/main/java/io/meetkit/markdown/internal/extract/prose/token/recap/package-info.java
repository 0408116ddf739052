/**
 * The cues of a recap sentence, read over its tokens, one class per cue, each with example sentences in its javadoc
 * and positive and negative sentences in its test: whether a sentence is about a talk at all
 * ({@link io.meetkit.markdown.internal.extract.prose.token.recap.TalkWordCue}), starts a new one
 * ({@link io.meetkit.markdown.internal.extract.prose.token.recap.NewTalkCue},
 * {@link io.meetkit.markdown.internal.extract.prose.token.recap.OrdinalTalkCue}), which kind it names
 * ({@link io.meetkit.markdown.internal.extract.prose.token.recap.TalkKindCue}), goes on about the talk before it
 * ({@link io.meetkit.markdown.internal.extract.prose.token.recap.PronounOpeningCue}) or names none
 * ({@link io.meetkit.markdown.internal.extract.prose.token.recap.ThanksOrNextCue}). Each cue's words are a
 * {@link io.meetkit.markdown.internal.extract.prose.token.Lexicon} list; a word of no list is passed over without
 * being lower-cased, and each token is looked at a bounded number of times. The recap reader calls them:
 * <pre>{@code
 * boolean aboutATalk = TalkWordCue.in(sentence.tokens());
 * boolean another = NewTalkCue.in(sentence.tokens()) || OrdinalTalkCue.in(sentence.tokens());
 * }</pre>
 */
package io.meetkit.markdown.internal.extract.prose.token.recap;
