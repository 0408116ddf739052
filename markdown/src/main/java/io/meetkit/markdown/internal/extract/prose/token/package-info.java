/**
 * The token-based prose reader: {@link io.meetkit.markdown.internal.extract.prose.token.Tokenizer} turns each block
 * into tokens once, {@link io.meetkit.markdown.internal.extract.prose.token.Lexicon} holds every word list once, and
 * {@link io.meetkit.markdown.internal.extract.prose.token.RuleIndex} calls a sentence rule only for sentences that
 * hold one of its trigger words. {@link io.meetkit.markdown.internal.extract.prose.token.TokenTalkReader} is the
 * entry point for talks:
 * <pre>{@code
 * List<TalkCandidate> talks = TokenTalkReader.read(ProseReader.read(document), new RuleContext(Set.of()));
 * }</pre>
 */
package io.meetkit.markdown.internal.extract.prose.token;
