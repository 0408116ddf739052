package io.meetkit.markdown.internal.extract.prose.token;

import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import java.util.List;

/**
 * The tokens of one sentence of a block, with the block they come from so that a rule can read the text between
 * two tokens as written.
 *
 * @param block  the block
 * @param tokens the sentence's tokens, in order
 */
public record TokenizedSentence(ProseBlock block, List<Token> tokens) {

    /** The class of a slice of an immutable list: already immutable, so such a slice is kept as is. */
    private static final Class<?> IMMUTABLE_SLICE = List.of(0, 1).subList(0, 1).getClass();

    /** A block's tokens and their slices ({@link TokenList}) are unmodifiable already: kept as they are, not copied. */
    public TokenizedSentence {
        tokens = tokens instanceof TokenList || tokens.getClass() == IMMUTABLE_SLICE ? tokens : List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    /** Whether token {@code i} exists and is the word {@code lower} (compared in lower case). */
    public boolean isWord(int i, String lower) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == Token.Kind.WORD
                && tokens.get(i).lower().equals(lower);
    }

    /** Whether token {@code i} exists and is a word of the class. */
    public boolean isWord(int i, Lexicon.WordClass wordClass) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == Token.Kind.WORD
                && Lexicon.is(wordClass, tokens.get(i).lower());
    }

    /** Whether any token is a word of the class. */
    public boolean has(Lexicon.WordClass wordClass) {
        for (int i = 0; i < tokens.size(); i++) {
            if (isWord(i, wordClass)) {
                return true;
            }
        }
        return false;
    }

    /** The block's text from the start of token {@code from} to the end of token {@code to - 1}, or "". */
    public String text(int from, int to) {
        if (from >= to || from < 0 || to > tokens.size()) {
            return "";
        }
        return block.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The file line of token {@code i} (read from the token: the block's own lookup counts from its start). */
    public int lineOf(int i) {
        return tokens.get(Math.min(i, tokens.size() - 1)).line();
    }

    @Override
    public String toString() {
        return text(0, tokens.size());
    }
}
