/**
<<<<<<< HEAD
 * The recap reading of {@link io.meetkit.markdown.internal.extract.prose.TalkFinder}, as rules over a sentence's
 * tokens, one class per rule or cue, each with example sentences in its javadoc and positive and negative sentences
 * in its test.
 * <ul>
 *   <li>Cues: whether a sentence is about a talk at all
 *       ({@link io.meetkit.markdown.internal.extract.prose.token.recap.TalkWordCue}), starts a new one
 *       ({@link io.meetkit.markdown.internal.extract.prose.token.recap.NewTalkCue},
 *       {@link io.meetkit.markdown.internal.extract.prose.token.recap.OrdinalTalkCue}), which kind it names
 *       ({@link io.meetkit.markdown.internal.extract.prose.token.recap.TalkKindCue}), goes on about the talk before
 *       it ({@link io.meetkit.markdown.internal.extract.prose.token.recap.PronounOpeningCue}) or names none
 *       ({@link io.meetkit.markdown.internal.extract.prose.token.recap.ThanksOrNextCue}).</li>
 *   <li>Titles: where a recap sentence states its talk's title ("The first talk was *Fast Loops* by Ana Silva.",
 *       "Ana Silva talked about caching."), the rules tried in order by
 *       {@link io.meetkit.markdown.internal.extract.prose.token.recap.RecapTitles}, and the cues of a sentence that
 *       gives a title before its speaker ("Our **Intro to Go** workshop …", "The second talk was about caching.").</li>
 * </ul>
 * Each cue's and rule's words are {@link io.meetkit.markdown.internal.extract.prose.token.Lexicon} lists or small
 * constants of the rule; a word of no list is passed over without being lower-cased, and each token is looked at a
 * bounded number of times.
=======
 * Recap rules over a sentence's tokens that say where a talk's people are named: after "by" ({@link
 * io.meetkit.markdown.internal.extract.prose.token.recap.ByClauseRule}), as the subject of a speaking verb ({@link
 * io.meetkit.markdown.internal.extract.prose.token.recap.SpeakingSubjectRule}, {@link
 * io.meetkit.markdown.internal.extract.prose.token.recap.LinkedSpeakerRule}), behind a profile link ({@link
 * io.meetkit.markdown.internal.extract.prose.token.recap.ProfileLinkRule}) or after a label ({@link
 * io.meetkit.markdown.internal.extract.prose.token.recap.SpeakerLabelRule}). Each rule names the words it needs and
 * answers with token indices; the names themselves are read by the finder that asks.
>>>>>>> port-people
 */
package io.meetkit.markdown.internal.extract.prose.token.recap;
