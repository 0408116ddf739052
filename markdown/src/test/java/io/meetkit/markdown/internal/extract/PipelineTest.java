package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Event;
import io.meetkit.core.Post;
import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The extractor behind the public parser: front-matter positions and prose lines reach the user. */
class PipelineTest {

    private static final PostParser PARSER = PostParser.create();

    @Test
    void theParserFillsTheEventFromProse() {
        ParseResult r = PARSER.parse("""
                ---
                title: June Meetup
                date: 2022-06-25
                ---
                We met on the 18th of June at Acme Labs, Pune. About 40 people turned up.

                The first talk was Parsing with Lark by Mira Nair.
                """, "2022-06-25-june.md");
        Event e = r.post().flatMap(Post::event).orElseThrow();
        assertThat(e.time().map(t -> t.startDate())).contains(LocalDate.of(2022, 6, 18));
        assertThat(e.attendance()).hasValue(40);
        assertThat(e.talks()).hasSize(1);
        assertThat(e.talks().get(0).provenance().line()).hasValue(7);
    }

    @Test
    void aBadEventKeyIsReportedAtItsLineByTheParser() {
        ParseResult r = PARSER.parse("""
                ---
                title: June Meetup
                event:
                  date: someday
                ---
                Hello.
                """, "june.md");
        assertThat(r.diagnostics()).anySatisfy(d -> {
            assertThat(d.toString()).startsWith("june.md:4:");
            assertThat(d.message()).contains("event.date");
        });
    }
}
