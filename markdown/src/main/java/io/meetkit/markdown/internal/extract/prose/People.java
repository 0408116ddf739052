package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.markdown.internal.extract.prose.TalkDraft.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a list of people ("[Ann](url), Bob Lee and `Cy`") at a position of a sentence. */
final class People {

    private static final Pattern WORD = Pattern.compile("[\\p{Lu}][\\p{L}'’-]*(?:\\([\\p{L}]+\\))?");
    // The repeated groups are possessive: a word class that cannot hold the separator before the next repetition
    // leaves one way to split the text, so nothing is lost, and Java repeats a possessive group in a loop where a
    // greedy one recursed once per repetition (a stack overflow on a long "of A B C ..." or "@a@b.c.d...").
    private static final Pattern AFFILIATION = Pattern.compile("^(?:\\s*+\\([^)]*+\\)|\\s+(?:from|of)\\s+(?:the\\s+)?"
            + "[\\p{Lu}][\\p{L}\\d&.-]*+(?:\\s++[\\p{Lu}][\\p{L}\\d&.-]*+)*+)");
    private static final Pattern MASTODON_HANDLE = Pattern.compile(
            "^\\s*+\\(\\s*+@([\\w.]++)@([\\w-]++(?:\\.[\\w-]++)++)\\s*+\\)");
    private static final Pattern SEPARATOR = Pattern.compile("^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)");

    private People() {
    }

    /** The people named from {@code offset} of {@code text}; {@code end[0]} receives where they end. */
    static List<Person> at(String text, List<Span> spans, int offset, Set<String> stop, int[] end) {
        List<Person> out = new ArrayList<>();
        int pos = offset;
        end[0] = offset;
        boolean skippedOrg = false;
        while (pos < text.length()) {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
            Optional<Person> person = Optional.empty();
            int after = pos;
            Span span = spanAt(spans, pos);
            if (span != null && (span.kind() == Span.Kind.LINK || span.kind() == Span.Kind.CODE
                    || span.kind() == Span.Kind.STRONG)) {
                String name = Names.clean(text.substring(span.start(), span.end()));
                after = span.end();
                if (Names.isPersonName(name, stop)) {
                    Optional<String> url = span.kind() == Span.Kind.LINK && Names.mayBeProfileUrl(span.url())
                            ? Optional.of(span.url()) : Optional.empty();
                    if (span.kind() != Span.Kind.LINK || Names.mayBeProfileUrl(span.url())) {
                        person = Optional.of(new Person(name, url));
                    }
                } else if (out.isEmpty() && !skippedOrg && span.kind() == Span.Kind.LINK) {
                    // "by [Unnati Team](url), [Ann](url) and [Bob](url)": a team's link before its members.
                    Matcher sep = from(SEPARATOR, text, after);
                    if (sep.find()) {
                        skippedOrg = true;
                        pos = sep.end();
                        continue;
                    }
                }
            } else {
                Matcher w = WORD.matcher(text);
                List<String> words = new ArrayList<>();
                int p = pos;
                while (words.size() < 4 && w.region(p, text.length()).lookingAt()) {
                    words.add(w.group());
                    after = w.end();
                    if (after < text.length() && text.charAt(after) == ' ') {
                        p = after + 1;
                    } else {
                        break;
                    }
                }
                // Drop trailing words that are not name words ("Rahul The" cannot happen, "Hari Talk" can).
                while (!words.isEmpty() && !Names.isPersonName(String.join(" ", words), stop)) {
                    words.remove(words.size() - 1);
                }
                if (!words.isEmpty()) {
                    String name = String.join(" ", words);
                    after = pos + name.length();
                    person = Optional.of(new Person(Names.clean(name), Optional.empty()));
                }
            }
            if (person.isEmpty()) {
                break;
            }
            Matcher handle = from(MASTODON_HANDLE, text, after);
            if (handle.find() && person.get().profileUrl().isEmpty()) {
                // "Ann (@ann@fosstodon.org)": a Mastodon handle is a profile address.
                person = Optional.of(new Person(person.get().name(),
                        Optional.of("https://" + handle.group(2) + "/@" + handle.group(1))));
            }
            out.add(person.get());
            pos = after;
            end[0] = pos;
            Matcher aff = from(AFFILIATION, text, pos);
            if (aff.find()) {
                pos = aff.end();
                end[0] = pos;
            }
            Matcher sep = from(SEPARATOR, text, pos);
            if (!sep.find()) {
                break;
            }
            int next = sep.end();
            int[] probe = new int[1];
            if (peek(text, spans, next, stop, probe)) {
                pos = next;
            } else {
                break;
            }
        }
        return out;
    }

    private static boolean peek(String text, List<Span> spans, int pos, Set<String> stop, int[] end) {
        Span span = spanAt(spans, pos);
        if (span != null) {
            return Names.isPersonName(Names.clean(text.substring(span.start(), span.end())), stop);
        }
        Matcher w = WORD.matcher(text);
        return w.region(pos, text.length()).lookingAt() && Names.isPersonName(w.group(), stop);
    }

    /**
     * A matcher of {@code p} over {@code text} from {@code offset}, where {@code ^} matches: what matching the
     * substring from there gave, without copying the rest of the text for each person read.
     */
    private static Matcher from(Pattern p, String text, int offset) {
        return p.matcher(text).region(offset, text.length());
    }

    static Span spanAt(List<Span> spans, int pos) {
        for (Span s : spans) {
            if (s.start() == pos && s.end() > s.start()) {
                return s;
            }
        }
        return null;
    }
}
