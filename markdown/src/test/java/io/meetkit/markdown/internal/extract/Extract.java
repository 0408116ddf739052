package io.meetkit.markdown.internal.extract;

import io.meetkit.core.Event;
import io.meetkit.core.Site;
import io.meetkit.core.Talk;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the extractor on a post written in a test; the post is dated by its name, 2022-06-25. */
final class Extract {

    static final String SOURCE = "2022-06-25-meetup.md";

    private Extract() {
    }

    static ExtractionResult result(String post) {
        return new EventExtractor().extract(TestPosts.input(SOURCE, post));
    }

    static ExtractionResult result(String post, Site site, Map<String, Object> data) {
        return new EventExtractor().extract(TestPosts.input(SOURCE, post, site, data));
    }

    static Optional<Event> event(String post) {
        return result(post).event();
    }

    static Event eventOf(String post) {
        return event(post).orElseThrow(() -> new AssertionError("no event in:\n" + post));
    }

    static List<Talk> talks(String post) {
        return event(post).map(Event::talks).orElse(List.of());
    }
}
