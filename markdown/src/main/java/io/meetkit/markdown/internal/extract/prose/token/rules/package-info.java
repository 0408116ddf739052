/**
 * Sentence rules of the token reader, one class per sentence shape, each with example sentences in its javadoc and
 * positive and negative sentences in its test. A new rule is registered in
 * {@link io.meetkit.markdown.internal.extract.prose.token.TokenTalkReader}.
 */
package io.meetkit.markdown.internal.extract.prose.token.rules;
