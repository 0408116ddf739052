package io.meetkit.export.site.internal;

import io.meetkit.core.Event;
import io.meetkit.core.Link;
import io.meetkit.core.Post;
import io.meetkit.core.Speaker;
import io.meetkit.core.SpeakerIndex;
import io.meetkit.export.json.internal.PostWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code speakers.json}: an array of people, each with {@code name}, {@code links} ({@code url}, {@code label},
 * {@code kind}), {@code bio}, {@code image} and {@code talks} ({@code date}, {@code title}, {@code kind},
 * {@code event}, {@code post} — the name of the post's output files —, {@code postTitle}, {@code url}). Absent values
 * are left out, as in {@code posts.json}. Not API.
 */
public final class SpeakersJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private SpeakersJson() {
    }

    /** The document, ending with a line end. */
    public static String of(SpeakerIndex speakers, Function<Post, String> fileName) {
        StringWriter out = new StringWriter();
        ObjectWriteContext pretty = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return PostWriter.prettyPrinter(2);
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
        try (JsonGenerator g = FACTORY.createGenerator(pretty, out)) {
            g.writeStartArray();
            for (Speaker s : speakers.speakers()) {
                speaker(g, s, speakers.talksBy(s), fileName);
            }
            g.writeEndArray();
        }
        return out + "\n";
    }

    private static void speaker(JsonGenerator g, Speaker speaker, List<SpeakerIndex.Appearance> talks,
                                Function<Post, String> fileName) {
        g.writeStartObject();
        g.writeStringProperty("name", speaker.name());
        if (!speaker.links().isEmpty()) {
            g.writeArrayPropertyStart("links");
            for (Link link : speaker.links()) {
                g.writeStartObject();
                g.writeStringProperty("url", link.url().toString());
                optional(g, "label", link.label());
                g.writeStringProperty("kind", link.kind().name().toLowerCase(Locale.ROOT));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        optional(g, "bio", speaker.bio());
        optional(g, "image", speaker.image().map(Object::toString));
        g.writeArrayPropertyStart("talks");
        for (SpeakerIndex.Appearance a : talks) {
            Post post = a.post();
            g.writeStartObject();
            optional(g, "date", a.date().map(LocalDate::toString));
            g.writeStringProperty("title", a.talk().displayTitle());
            g.writeStringProperty("kind", a.talk().kind().name().toLowerCase(Locale.ROOT));
            optional(g, "event", post.event().map(Event::name));
            g.writeStringProperty("post", fileName.apply(post));
            g.writeStringProperty("postTitle", post.title());
            optional(g, "url", post.url().map(Object::toString));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }
}
