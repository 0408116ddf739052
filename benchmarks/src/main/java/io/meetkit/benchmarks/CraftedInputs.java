package io.meetkit.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Crafted post bodies that once made a pattern backtrack, a stack overflow or a per-post structure grow without
 * bound: each family repeats one unit until the post has the asked number of characters. The same families are
 * built, at 100 KB, by the markdown module's {@code CraftedInputTest}.
 */
final class CraftedInputs {

    private CraftedInputs() {
    }

    /** Family name to a builder of a whole post file of about {@code size} characters. */
    static final Map<String, IntFunction<String>> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put("heading-spaces", n -> post("# a" + " ".repeat(budget(n, 6)) + "b\n"));
        FAMILIES.put("title-spaces", n -> "---\ntitle: \"a" + " ".repeat(budget(n, 30)) + "b\"\n---\ntext\n");
        FAMILIES.put("item-spaces", n -> post("- a" + " ".repeat(budget(n, 6)) + "b\n"));
        FAMILIES.put("paragraph-spaces", n -> post("a" + " ".repeat(budget(n, 4)) + "b\n"));
        FAMILIES.put("venue-is", n -> post(repeat("the venue is\n", n)));
        FAMILIES.put("talk-by", n -> post(repeat("a talk by\n", n)));
        FAMILIES.put("spoke-about", n -> post(repeat("Asha spoke about\n", n)));
        FAMILIES.put("dash-a-items", n -> post(repeat("- a\n", n)));
        FAMILIES.put("nested-lists", n -> post(nested(n, i -> "  ".repeat(i % 200) + "- a\n")));
        FAMILIES.put("nested-quotes", n -> post(nested(n, i -> ">".repeat(i % 200) + " a\n")));
        FAMILIES.put("nested-emphasis", n -> post(repeat("*a _a **a ", n / 2) + repeat("** a_ a*", n / 2)));
        FAMILIES.put("links", n -> post(repeat("[a](https://a.example/b) ", n)));
        FAMILIES.put("emphasis", n -> post(repeat("*a* ", n)));
        FAMILIES.put("headings", n -> post(repeat("## a\n", n)));
        FAMILIES.put("table-rows", n -> post("| a | b |\n|---|---|\n" + repeat("| a | [b](https://b.example/) |\n", n)));
        FAMILIES.put("reference-definitions", n -> post(refs(n)));
        FAMILIES.put("html", n -> post(repeat("<div>a</div>\n\n", n)));
        FAMILIES.put("talks", n -> post(repeat("## Scaling Python\n\nby Asha Rao\n\n", n)));
        FAMILIES.put("distinct-talks", n -> post(nested(n, i -> "## Scaling Python " + word(i) + "\n\n"
                + "Asha " + word(i) + " spoke about it.\n\n")));
        FAMILIES.put("slash-tokens", n -> post(tokens("See /", "a/", " now.", n)));
        FAMILIES.put("at-tokens", n -> post(tokens("Ask Ann (@", "a@", ") now.", n)));
        FAMILIES.put("dotted-names", n -> post(tokens("A talk by Ann ", "A.B-", "C.", n)));
        FAMILIES.put("event-value-spaces", n -> eventValues(" ".repeat(budget(n, 120) / 3)));
        FAMILIES.put("speaker-value-spaces", n -> "---\ntitle: Crafted\ndate: 2024-05-04\nspeaker: Ana Silva"
                + " ".repeat(budget(n, 60)) + "and Tom Reed\n---\ntext\n");
    }

    private static String post(String body) {
        return "---\ntitle: Crafted\ndate: 2024-05-04\n---\n" + body;
    }

    /** Front-matter event values that each hold a run of spaces where a time, venue or duration is read. */
    private static String eventValues(String spaces) {
        return "---\ntitle: Crafted\nevent:\n  date: 2024-05-04\n  start: 6:00" + spaces + "x\n  venue: a" + spaces
                + "b, c\n  duration: 1h" + spaces + "x\n---\ntext\n";
    }

    private static int budget(int size, int overhead) {
        return Math.max(1, size - 40 - overhead);
    }

    /** {@code unit} repeated to about {@code size} characters. */
    static String repeat(String unit, int size) {
        return unit.repeat(Math.max(1, (size - 40) / unit.length()));
    }

    private static String nested(int size, IntFunction<String> line) {
        StringBuilder sb = new StringBuilder(size);
        for (int i = 0; sb.length() < size - 40; i++) {
            sb.append(line.apply(i));
        }
        return sb.toString();
    }

    /**
     * Lines of {@code head}, {@code unit} repeated and {@code tail}, each line at most 50,000 characters: under the
     * 100,000-character line limit, so that the finders do search them.
     */
    private static String tokens(String head, String unit, String tail, int size) {
        StringBuilder sb = new StringBuilder(size);
        while (sb.length() < size - 40 - head.length() - tail.length() - 1) {
            int room = Math.min(50_000, size - 40 - sb.length()) - head.length() - tail.length() - 1;
            sb.append(head).append(unit.repeat(Math.max(1, room / unit.length()))).append(tail).append('\n');
        }
        return sb.toString();
    }

    /** A capitalised word of its own for each {@code i}: "Ba", "Ca", ... */
    private static String word(int i) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; ; k /= 26) {
            sb.append((char) ('a' + k % 26));
            if (k < 26) {
                break;
            }
        }
        return "B" + sb;
    }

    private static String refs(int size) {
        StringBuilder sb = new StringBuilder(size);
        for (int i = 0; sb.length() < size - 40; i++) {
            sb.append("[r").append(i).append("]: https://a.example/").append(i).append('\n');
        }
        return sb.toString();
    }
}
