package io.meetkit.markdown.internal.extract.prose.token;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable view of part of an array of tokens that nothing writes to after the tokenizer filled it. A block's
 * tokens are handed out over the tokenizer's own array, not a copy of it, and a sentence's tokens are a slice of
 * the same array, so neither the block nor its sentences copy their tokens.
 */
final class TokenList extends AbstractList<Token> implements RandomAccess {

    private final Token[] tokens;
    private final int from;
    private final int size;

    /** The tokens {@code [from, from + size)} of {@code tokens}, which the caller no longer writes to. */
    TokenList(Token[] tokens, int from, int size) {
        this.tokens = tokens;
        this.from = from;
        this.size = size;
    }

    @Override
    public Token get(int index) {
        return tokens[from + Objects.checkIndex(index, size)];
    }

    @Override
    public int size() {
        return size;
    }

    /** A slice of the same array: as unmodifiable as this list, and made without copying. */
    @Override
    public List<Token> subList(int fromIndex, int toIndex) {
        Objects.checkFromToIndex(fromIndex, toIndex, size);
        return new TokenList(tokens, from + fromIndex, toIndex - fromIndex);
    }
}
