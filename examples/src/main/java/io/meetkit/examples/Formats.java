package io.meetkit.examples;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Organizer;
import io.meetkit.core.Post;
import io.meetkit.core.Severity;
import io.meetkit.export.ical.IcsWriter;
import io.meetkit.export.json.PostJson;
import io.meetkit.export.jsonld.JsonLdWriter;
import io.meetkit.markdown.ParseResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes converted posts in the chosen format. */
final class Formats {

    private static final PostJson JSON_WRITER = PostJson.create();
    private static final JsonLdWriter JSON_LD = JsonLdWriter.create();

    private Formats() {
    }

    /** The writers of one {@code convert} run, set up from its options. */
    record Writers(IcsWriter ics, JsonLdWriter jsonLd) {
    }

    static Writers writers(MeetupCli.Convert options) {
        JsonLdWriter.Builder jsonLd = JsonLdWriter.builder();
        if (options.baseUrl != null) {
            jsonLd.baseUrl(options.baseUrl);
        }
        organizer(options).ifPresent(jsonLd::organizer);
        jsonLd.siteAdditions(options.site());
        return new Writers(ics(options), jsonLd.build());
    }

    static void write(MeetupCli.Format format, Iterable<Post> posts, Writer writer, Writers writers, Tally tally)
            throws IOException {
        switch (format) {
            case SUMMARY -> {
                PrintWriter out = new PrintWriter(writer);
                for (Post post : posts) {
                    Summary.write(post, out);
                }
                out.flush();
            }
            case JSON -> tally.print(JSON_WRITER.writeAll(posts, writer).diagnostics());
            case ICS -> tally.print(writers.ics().writeFeed(posts, writer).diagnostics());
            case JSONLD -> {
                // One document for all inputs, written as the posts are read: a site of any size in bounded memory.
                tally.print(writers.jsonLd().writeAll(posts, writer).diagnostics());
                writer.write("\n");
            }
            case HTML -> {
                for (Post post : posts) {
                    tally.print(writers.jsonLd().writeScriptElement(post, writer).diagnostics());
                    writer.write("\n");
                }
            }
            default -> throw new MeetupCli.UsageException("format '" + format.name().toLowerCase(Locale.ROOT)
                    + "' is not available yet");
        }
    }

    private static final java.util.regex.Pattern EVENT_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\b(meetup|meet-up|workshop|sprint|devsprint|talks?|recap|hackathon)\\b");

    private static boolean eventLike(Post post) {
        return EVENT_WORDS.matcher(post.title()).find()
                || post.categories().stream().anyMatch(c -> EVENT_WORDS.matcher(c).matches());
    }

    private static boolean undated(Post post) {
        return post.event().flatMap(e -> e.time()).isEmpty();
    }

    /**
     * What {@code check} says about a post beyond reading it: a post that reads like an event recap or announcement
     * but gave no date or no talks is worth a look.
     */
    static List<Diagnostic> eventChecks(ParseResult result) {
        List<Diagnostic> out = new ArrayList<>();
        result.post().filter(Formats::eventLike).ifPresent(post -> {
            if (undated(post)) {
                out.add(Diagnostic.warning(post.source(), 1, 1,
                        "looks like an event post, but no event date was found in its front matter or text"));
            }
            if (post.event().map(e -> e.talks().isEmpty()).orElse(true)) {
                out.add(Diagnostic.warning(post.source(), 1, 1,
                        "looks like an event post, but no talks were found in its front matter or text"));
            }
        });
        return out;
    }

    /**
     * Search engines' Event rich-result requirements and recommendations for the post's event, as warnings: advice
     * about the page, not faults in the post, so they never fail a post, not even under {@code --strict}. A
     * missing start date already reported by {@link #eventChecks} is not said again (neither as a missing
     * {@code startDate} nor as the event left out of the JSON-LD for it).
     */
    static List<Diagnostic> richResults(ParseResult result) {
        List<Diagnostic> out = new ArrayList<>();
        result.post().filter(p -> p.event().isPresent()).ifPresent(p -> {
            boolean dateSaid = eventLike(p) && undated(p);
            for (Diagnostic d : JSON_LD.check(p)) {
                if (dateSaid && d.key().filter(k -> k.equals("startDate") || k.equals("event")).isPresent()) {
                    continue;
                }
                out.add(new Diagnostic(d.source(), d.line(), d.column(), Severity.WARNING,
                        "schema.org Event: " + d.message(), d.key()));
            }
        });
        return out;
    }

    private static java.util.Optional<Organizer> organizer(MeetupCli.Convert options) {
        if (options.organizerUrl != null && options.organizerName == null) {
            throw new MeetupCli.UsageException("--organizer-url needs --organizer-name");
        }
        if (options.organizerName == null) {
            return java.util.Optional.empty();
        }
        if (options.organizerName.isBlank()) {
            throw new MeetupCli.UsageException("--organizer-name must not be blank");
        }
        if (options.organizerUrl != null && !(options.organizerUrl.isAbsolute()
                && ("http".equals(options.organizerUrl.getScheme())
                || "https".equals(options.organizerUrl.getScheme())))) {
            throw new MeetupCli.UsageException("--organizer-url must be an absolute http(s) URL, was '"
                    + options.organizerUrl + "'");
        }
        return java.util.Optional.of(new Organizer(options.organizerName,
                java.util.Optional.ofNullable(options.organizerUrl), List.of()));
    }

    /**
     * The feed writer: the calendar is named after the site (or {@code --calendar-name}), UIDs take
     * {@code --uid-domain} (else the host of {@code --base-url} for posts without an address of their own), and
     * {@code DTSTAMP} comes from {@code SOURCE_DATE_EPOCH} when it is set, so that two runs over the same posts give
     * the same bytes.
     */
    private static IcsWriter ics(MeetupCli.Convert options) {
        IcsWriter.Builder b = IcsWriter.builder().clock(MeetupCli.clock(options.context.env()));
        if (options.calendarName != null) {
            if (options.calendarName.isBlank()) {
                throw new MeetupCli.UsageException("--calendar-name must not be blank");
            }
            b.calendarName(options.calendarName);
        } else if (options.siteTitle().isPresent()) {
            b.calendarName(options.siteTitle().get());
        }
        String domain = options.uidDomain != null ? options.uidDomain
                : options.baseUrl != null ? options.baseUrl.getHost() : null;
        if (domain != null) {
            try {
                b.uidDomain(domain);
            } catch (IllegalArgumentException e) {
                throw new MeetupCli.UsageException("--uid-domain must be a host name like example.org, was '"
                        + domain + "'");
            }
        }
        organizer(options).ifPresent(b::organizer);
        options.calendarOptions.applyTo(b);
        return b.build();
    }
}
