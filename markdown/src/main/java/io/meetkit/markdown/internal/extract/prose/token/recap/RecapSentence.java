package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.Names;
import io.meetkit.markdown.internal.extract.prose.Sentence;
import io.meetkit.markdown.internal.extract.prose.Span;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A recap sentence as the title rules read it: its tokens, its text ("\n" as " ", as {@link Sentence#text()}), its
 * inline spans, where its "by" clause and its subject end (as token indices) and the names of the speakers already
 * read in it, whose names are never the title. Token offsets are the block's; {@link #at} gives them in the text.
 */
public final class RecapSentence {

    private final TokenizedSentence tokens;
    private final String text;
    private final int offset;
    private final List<Span> spans;
    private final int byToken;
    private final int subjectEndToken;
    private final List<String> speakers;

    private RecapSentence(TokenizedSentence tokens, String text, int offset, List<Span> spans, int byToken,
                          int subjectEndToken, List<String> speakers) {
        this.tokens = tokens;
        this.text = text;
        this.offset = offset;
        this.spans = spans;
        this.byToken = byToken;
        this.subjectEndToken = subjectEndToken;
        this.speakers = speakers;
    }

    /**
     * A sentence to read.
     *
     * @param sentence   the sentence
     * @param spans      its spans, offsets relative to its start ({@link Sentence#spans()})
     * @param byStart    where the "by" (or "from") of its speakers' clause starts in its text, or -1
     * @param subjectEnd where the speakers read as its subject end in its text, or -1
     * @param speakers   the names of the speakers read in it
     */
    public static RecapSentence of(Sentence sentence, List<Span> spans, int byStart, int subjectEnd,
                                   List<String> speakers) {
        return of(sentence, new TokenizedSentence(sentence.block(), sentence.tokens()), spans, byStart, subjectEnd,
                speakers);
    }

    /**
     * A sentence to read, with its tokens already wrapped by the caller, which reads them with other rules too.
     *
     * @param sentence   the sentence
     * @param t          its tokens ({@link Sentence#tokens()} of {@code sentence})
     * @param spans      its spans, offsets relative to its start ({@link Sentence#spans()})
     * @param byStart    where the "by" (or "from") of its speakers' clause starts in its text, or -1
     * @param subjectEnd where the speakers read as its subject end in its text, or -1
     * @param speakers   the names of the speakers read in it
     */
    public static RecapSentence of(Sentence sentence, TokenizedSentence t, List<Span> spans, int byStart,
                                   int subjectEnd, List<String> speakers) {
        return new RecapSentence(t, sentence.text(), sentence.start(), spans, tokenAt(t, sentence.start(), byStart),
                tokenAt(t, sentence.start(), subjectEnd), List.copyOf(speakers));
    }

    /** The first token that starts at or after text offset {@code at}, or -1 for -1. */
    private static int tokenAt(TokenizedSentence t, int offset, int at) {
        return at < 0 ? -1 : Sentence.firstTokenFrom(t.tokens(), offset + at);
    }

    /** The number of tokens. */
    public int size() {
        return tokens.size();
    }

    /** Token {@code i}. */
    public Token get(int i) {
        return tokens.get(i);
    }

    /** The tokens. */
    public TokenizedSentence tokens() {
        return tokens;
    }

    /** The sentence's text. */
    public String text() {
        return text;
    }

    /** Where block offset {@code blockOffset} is in {@link #text()}. */
    public int at(int blockOffset) {
        return blockOffset - offset;
    }

    /** The token where the speakers' "by" clause starts, or -1. */
    public int byToken() {
        return byToken;
    }

    /** The first token after the speakers read as the subject, or -1. */
    public int subjectEndToken() {
        return subjectEndToken;
    }

    /** The text from the start of token {@code from} to the end of token {@code to - 1}, or "". */
    public String text(int from, int to) {
        if (from >= to || from < 0 || to > tokens.size()) {
            return "";
        }
        return text.substring(at(tokens.get(from).start()), at(tokens.get(to - 1).end()));
    }

    /** The text of a span of {@link #spans()}. */
    public String text(Span span) {
        return span.textIn(text);
    }

    /** The sentence's spans, offsets relative to its start. */
    public List<Span> spans() {
        return spans;
    }

    /** The emphasised, strong and code spans, in order. */
    public List<Span> markedSpans() {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (s.kind() != Span.Kind.LINK) {
                out.add(s);
            }
        }
        return out;
    }

    /** The index of the first token that starts at or after sentence offset {@code at}. */
    public int firstTokenFrom(int at) {
        return tokenAt(tokens, offset, at);
    }

    /** Whether white space stands between token {@code i} and the token after it (which exists). */
    public boolean gapAfter(int i) {
        return i >= 0 && i + 1 < tokens.size() && tokens.get(i + 1).start() > tokens.get(i).end();
    }

    /** Whether token {@code i} is a word among {@code lower} (compared in lower case). */
    public boolean isWord(int i, Set<String> lower) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == Token.Kind.WORD
                && lower.contains(tokens.get(i).lower());
    }

    /** Whether token {@code i} is the word {@code lower} (compared in lower case). */
    public boolean isWord(int i, String lower) {
        return tokens.isWord(i, lower);
    }

    /** Whether token {@code i} is one character of {@code chars}, whatever kind the tokenizer gave it. */
    public boolean isChar(int i, String chars) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        return t.kind() != Token.Kind.WORD && t.end() - t.start() == 1 && chars.indexOf(t.text().charAt(0)) >= 0;
    }

    /** Whether a text names one of the speakers read in the sentence ("Ana" for "Ana Silva"). */
    public boolean isSpeaker(String t) {
        for (String name : speakers) {
            if (Names.samePerson(name, t)) {
                return true;
            }
        }
        return false;
    }
}
