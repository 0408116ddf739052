package io.meetkit.markdown.internal.extract.prose.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.TalkKind;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TalkContextTest {

    @Test
    void theLaterOfATalkWordAndASkipWordDecides() {
        assertThat(TalkContext.decide("Thanks to our sponsors")).contains(true);
        assertThat(TalkContext.decide("Thanks to everyone! The talks")).contains(false);
        assertThat(TalkContext.decide("The talks, and then stay tuned")).contains(true);
        assertThat(TalkContext.decide("Our speakers were")).contains(false);
        assertThat(TalkContext.decide("Panelists")).contains(true);
        assertThat(TalkContext.decide("Line-up")).contains(false);
        assertThat(TalkContext.decide("Photos")).isEmpty();
    }

    @Test
    void kindsOfTalkAreReadFromTheirWords() {
        assertThat(TalkContext.kindOf("Lightning talks")).isEqualTo(TalkKind.LIGHTNING);
        assertThat(TalkContext.kindOf("a flash talk")).isEqualTo(TalkKind.LIGHTNING);
        assertThat(TalkContext.kindOf("a flash of insight")).isEqualTo(TalkKind.TALK);
        assertThat(TalkContext.kindOf("Workshops")).isEqualTo(TalkKind.WORKSHOP);
        assertThat(TalkContext.kindOf("Workshop and talks")).isEqualTo(TalkKind.TALK);
        assertThat(TalkContext.kindOf("Keynote")).isEqualTo(TalkKind.KEYNOTE);
    }

    /** The word scan decides as the two patterns it replaced decided, over random phrases of their words. */
    @Test
    void decidingReadsWhatTheContextPatternsRead() {
        Pattern skip = Pattern.compile("(?i)\\b(panel\\w*|mentors?|sponsors?|thank\\w*"
                + "|organi[sz]ers?|volunteers?|contacts?|install\\w*|resources?|follow|join|stay (?:tuned|updated"
                + "|connected|involved)|connect|subscribe|useful links|reading|references|further|partners?"
                + "|pull requests|projects|suggestions)\\b");
        Pattern talk = Pattern.compile("(?i)\\b(talks?|sessions?|lightning|speakers? (?:were|are)|line-?up"
                + "|presentations?)\\b");
        String[] words = {"talks", "Thanks", "panelists", "stay", "tuned", "useful", "links", "the", "speakers",
                "were", "lineup", "line-up", "sponsor", "join", "photos", "session", "installing", "pull", "requests"};
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(6); w >= 0; w--) {
                text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : ", ");
            }
            int s = last(skip, text.toString());
            int t = last(talk, text.toString());
            Optional<Boolean> old = s < 0 && t < 0 ? Optional.empty() : Optional.of(s > t);
            assertThat(TalkContext.decide(text.toString())).as(text.toString()).isEqualTo(old);
        }
    }

    /**
     * The in-place scan gives the kind the list of lower-cased words gave, also for words whose lower case is not a
     * per-character ASCII fold (the Kelvin sign lower-cases to "k", a dotted capital I to two characters).
     */
    @Test
    void kindsReadInPlaceAreTheKindsOfTheLowerCasedWords() {
        String[] words = {"Lightning", "LIGHTING", "flash", "Talk", "talks", "talked", "work\u212Ashop", "WORKSHOPS",
                "\u212Aeynote", "l\u0130ghtning", "line-up", "caf\u00E9", "2024", "Flash-talk"};
        String[] gaps = {" ", ", ", "  ", "\n", " - ", " 7 "};
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(4); w >= 0; w--) {
                text.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            assertThat(TalkContext.kindOf(text.toString())).as(text.toString())
                    .isEqualTo(kindOfWords(TalkContext.words(text.toString())));
        }
    }

    /** The kind as read from the list of lower-cased words and separators. */
    private static TalkKind kindOfWords(java.util.List<String> w) {
        boolean workshop = false;
        boolean talk = false;
        boolean keynote = false;
        for (int i = 0; i < w.size(); i += 2) {
            String x = w.get(i);
            String next = i + 2 < w.size() && w.get(i + 1).isBlank() ? w.get(i + 2) : "";
            boolean nextTalk = next.equals("talk") || next.equals("talks");
            boolean flashTalk = x.equals("flash") && i + 2 < w.size() && w.get(i + 1).equals(" ")
                    && w.get(i + 2).startsWith("talk");
            if (x.equals("lightning") || flashTalk || nextTalk && (x.equals("lighting") || x.equals("flash"))) {
                return TalkKind.LIGHTNING;
            }
            workshop |= x.contains("workshop");
            talk |= x.equals("talk") || x.equals("talks");
            keynote |= x.contains("keynote");
        }
        return workshop && !talk ? TalkKind.WORKSHOP : keynote ? TalkKind.KEYNOTE : TalkKind.TALK;
    }

    /** The word scan gives the kind the patterns it replaced gave, over random phrases of their words. */
    @Test
    void kindsAreReadAsTheKindPatternsReadThem() {
        Pattern lightning = Pattern.compile("(?i)\\b(lightn?ing|lighting|flash)\\s+talks?\\b|\\bflash talk|\\blightning\\b");
        Pattern talks = Pattern.compile("\\btalks?\\b");
        String[] words = {"lightning", "lighting", "flash", "talk", "talks", "workshop", "workshops", "keynote",
                "the", "Lightning", "talked"};
        Random random = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(4); w >= 0; w--) {
                text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : ", ");
            }
            String c = text.toString().toLowerCase(java.util.Locale.ROOT);
            TalkKind old = lightning.matcher(c).find() ? TalkKind.LIGHTNING
                    : c.contains("workshop") && !talks.matcher(c).find() ? TalkKind.WORKSHOP
                    : c.contains("keynote") ? TalkKind.KEYNOTE : TalkKind.TALK;
            assertThat(TalkContext.kindOf(text.toString())).as(text.toString()).isEqualTo(old);
        }
    }

    @Test
    void headingsAreReadAsTheHeadingPatternsReadThem() {
        Pattern generic = Pattern.compile("(?i)^(?:some\\s+|our\\s+|the\\s+)?(?:agenda"
                + "|talks?|schedule|details|venue|address|photos?|pics|pictures|gallery|about|summary|background"
                + "|aftermath|minutes|general|contacts?|sponsors?|thanks|acknowledge?ments|resources|additional|links"
                + "|workshops?|lightning|speakers|installation|next|photo|introduction|overview|recap|highlights"
                + "|conclusion|wrap|closing|important|registration|rsvp|location|date|time|how|what|why|when|where"
                + "|and|call)\\b");
        Pattern number = Pattern.compile("^\\d++[.)]\\s*+");
        Pattern session = Pattern.compile("(?i)^(?:session|talk)\\s*+\\d*+\\s*+[:.-]\\s*+");
        String[] parts = {"The", "our", "Talks", "talk", "Session", "how", "Howler", "2", "12", ".", ")", ":", "-",
                "Acknowledgments", "Maps", "some", "é", "_x"};
        String[] gaps = {" ", "  ", "", "\t"};
        Random random = new Random(23);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(4); w >= 0; w--) {
                text.append(parts[random.nextInt(parts.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String t = text.toString();
            assertThat(TalkContext.genericHeading(t)).as(t).isEqualTo(generic.matcher(t).find());
            assertThat(TalkContext.withoutNumber(t)).as(t).isEqualTo(number.matcher(t).replaceFirst(""));
            assertThat(TalkContext.withoutSessionLabel(t)).as(t).isEqualTo(session.matcher(t).replaceFirst(""));
        }
    }

    private static int last(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }
}
