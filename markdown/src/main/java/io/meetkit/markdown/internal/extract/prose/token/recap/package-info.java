/**
 * Recap rules over a sentence's tokens that say where a talk's people are named: after "by" ({@link
 * io.meetkit.markdown.internal.extract.prose.token.recap.ByClauseRule}), as the subject of a speaking verb ({@link
 * io.meetkit.markdown.internal.extract.prose.token.recap.SpeakingSubjectRule}, {@link
 * io.meetkit.markdown.internal.extract.prose.token.recap.LinkedSpeakerRule}), behind a profile link ({@link
 * io.meetkit.markdown.internal.extract.prose.token.recap.ProfileLinkRule}) or after a label ({@link
 * io.meetkit.markdown.internal.extract.prose.token.recap.SpeakerLabelRule}). Each rule names the words it needs and
 * answers with token indices; the names themselves are read by the finder that asks.
 */
package io.meetkit.markdown.internal.extract.prose.token.recap;
