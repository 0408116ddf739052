package io.meetkit.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes N synthetic but realistic meetup posts, the same bytes for the same seed: recaps in prose with talks and
 * speaker profile links, structured announcements with {@code event:} and {@code talks:} keys, plain blog posts,
 * YAML, TOML and JSON front matter, and a share of CRLF and byte-order-mark files.
 *
 * <pre>
 * java -cp benchmarks.jar io.meetkit.benchmarks.CorpusGenerator OUT_DIR N [SEED]
 * </pre>
 */
public final class CorpusGenerator {

    /** One generated post: its file name and its bytes. */
    public record GeneratedPost(String fileName, byte[] bytes) {
    }

    public static final long DEFAULT_SEED = 20261130L;

    private static final String[] FIRST = {"Aditi", "Bharat", "Carmen", "Deepak", "Elif", "Femi", "Gauri", "Hiro",
        "Ines", "Jatin", "Kavya", "Luca", "Mira", "Nikhil", "Olu", "Pallavi", "Quinn", "Ritu", "Sameer", "Tanvi",
        "Uday", "Vikram", "Wen", "Xavier", "Yamini", "Zaid"};
    private static final String[] LAST = {"Agarwal", "Banerjee", "Chopra", "D'Souza", "Eapen", "Fonseca", "Ghosh",
        "Hussain", "Ibrahim", "Joshi", "Kamath", "Lal", "Mehta", "Naidu", "Ortiz", "Prabhu", "Qureshi", "Reddy",
        "Sinha", "Thomas", "Usman", "Vora", "Walia", "Xu", "Yeo", "Zachariah"};
    private static final String[] TOPICS = {"asyncio", "type hints", "Django ORM", "FastAPI", "pandas", "Polars",
        "packaging with uv", "pytest fixtures", "data classes", "PyO3 and Rust", "profiling", "structured logging",
        "LLM agents", "vector search", "Kafka consumers", "GraphQL", "Jupyter", "MicroPython", "Airflow",
        "property-based testing", "SQLAlchemy 2", "observability", "WebAssembly", "CPython internals"};
    private static final String[] TITLE_SHAPES = {"Getting started with %s", "%s in production",
        "What I wish I knew about %s", "A tour of %s", "Scaling %s", "%s: lessons from a year of use",
        "Debugging %s", "Beyond the basics of %s"};
    private static final String[] VENUES = {"Granary Coworking", "Thoughtworks", "Red Hat", "Zerodha", "Razorpay",
        "Atlassian", "Gojek", "Intuit", "InMobi", "Nilenso", "HasGeek House", "Microsoft Reactor"};
    private static final String[] CITIES = {"Bengaluru", "Pune", "Chennai", "Hyderabad", "Mumbai", "Kochi",
        "Delhi", "Kolkata"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] FILLER = {
        "The room filled up quickly and we had to bring in extra chairs from the cafeteria.",
        "Questions ran long, so the break was shorter than planned, but nobody complained.",
        "Thanks to the volunteers who handled registrations and kept the coffee flowing.",
        "Many attendees were first-timers, and several said they would come back to speak.",
        "The discussion afterwards drifted towards packaging, as it always does.",
        "Slides and the recording are linked below for those who could not make it.",
        "We also announced the call for proposals for next month's session.",
        "Pizza arrived just as the second talk ended, which was excellent timing."};

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: CorpusGenerator OUT_DIR N [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        Files.createDirectories(out);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            GeneratedPost post = post(seed, i);
            Files.write(out.resolve(post.fileName()), post.bytes());
            bytes += post.bytes().length;
        }
        System.err.printf(Locale.ROOT, "%d posts, %.1f MB in %s%n", n, bytes / 1e6, out);
    }

    /** The first {@code n} posts for {@code seed}. */
    public static List<GeneratedPost> posts(long seed, int n) {
        List<GeneratedPost> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(post(seed, i));
        }
        return out;
    }

    /** Post number {@code index}: depends only on the seed and the index, so any slice can be generated alone. */
    public static GeneratedPost post(long seed, int index) {
        Random r = new Random(seed * 1_000_003L + index);
        LocalDate date = LocalDate.of(2012, 1, 1).plusDays(r.nextInt(15 * 365));
        int kind = r.nextInt(100);
        Writer w = new Writer(r, date, index);
        String text;
        if (kind < 40) {
            text = w.recap();
        } else if (kind < 65) {
            text = w.announcement();
        } else if (kind < 75) {
            text = w.tomlPost();
        } else if (kind < 83) {
            text = w.jsonPost();
        } else {
            text = w.blogPost();
        }
        int variant = r.nextInt(100);
        if (variant < 10) {
            text = text.replace("\n", "\r\n");
        } else if (variant < 15) {
            text = "\uFEFF" + text;
        }
        String name = date + "-" + w.slug + ".md";
        return new GeneratedPost(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes one post's text. */
    private static final class Writer {
        final Random r;
        final LocalDate date;
        final int index;
        final String month;
        final String city;
        final String venue;
        String slug;

        Writer(Random r, LocalDate date, int index) {
            this.r = r;
            this.date = date;
            this.index = index;
            this.month = MONTHS[date.getMonthValue() - 1];
            this.city = pick(CITIES);
            this.venue = pick(VENUES);
        }

        <T> T pick(T[] values) {
            return values[r.nextInt(values.length)];
        }

        String person() {
            return pick(FIRST) + " " + pick(LAST);
        }

        String handle(String name) {
            return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + (index % 97);
        }

        String talkTitle() {
            return String.format(Locale.ROOT, pick(TITLE_SHAPES), pick(TOPICS));
        }

        String profileLink(String name) {
            String h = handle(name);
            return switch (r.nextInt(4)) {
                case 0 -> "https://www.linkedin.com/in/" + h + "/";
                case 1 -> "https://twitter.com/" + h;
                case 2 -> "https://github.com/" + h;
                default -> "https://" + h + ".dev/";
            };
        }

        void filler(StringBuilder sb, int sentences) {
            for (int i = 0; i < sentences; i++) {
                sb.append(pick(FILLER)).append(i % 3 == 2 ? "\n" : " ");
            }
            sb.append("\n\n");
        }

        String recap() {
            slug = month.toLowerCase(Locale.ROOT) + "-" + date.getYear() + "-meetup-recap-" + index;
            int talks = 2 + r.nextInt(3);
            StringBuilder sb = new StringBuilder(6000);
            sb.append("---\nlayout: post\ntitle: \"").append(month).append(' ').append(date.getYear())
                    .append(" Meetup Recap\"\nauthors:\n  - ").append(handle(person()))
                    .append("\ndescription: \"What happened at the ").append(month).append(" meetup\"\n")
                    .append("categories: [ meetup, talks, ").append(pick(TOPICS).replace(' ', '-'))
                    .append(" ]\nimage: \"https://images.example.org/meetups/").append(index)
                    .append(".jpg\"\nfeatured: ").append(r.nextBoolean()).append("\n---\n\n");
            sb.append("The ").append(month).append(" meetup was held on ").append(date.getDayOfMonth()).append(' ')
                    .append(month).append(' ').append(date.getYear()).append(" at [").append(venue)
                    .append("](https://").append(venue.toLowerCase(Locale.ROOT).replace(' ', '-'))
                    .append(".example.com/), ").append(city).append(", from 10:00 AM to 1:00 PM. About ")
                    .append(20 + r.nextInt(120)).append(" people attended and we had ").append(talks)
                    .append(" talks.\n\n");
            sb.append("![Group photo](https://images.example.org/meetups/").append(index).append("-group.jpg)\n\n");
            for (int t = 0; t < talks; t++) {
                String speaker = person();
                String title = talkTitle();
                if (r.nextBoolean()) {
                    sb.append("## ").append(title).append("\n\n[").append(speaker).append("](")
                            .append(profileLink(speaker)).append(") walked us through ")
                            .append(pick(TOPICS)).append(", starting from a small example and ending with the ")
                            .append("problems they met in production.\n");
                } else {
                    sb.append("**").append(title).append("** by [").append(speaker).append("](")
                            .append(profileLink(speaker)).append(")\n\nIn this talk the speaker explored ")
                            .append(pick(TOPICS)).append(" and how it compares with ").append(pick(TOPICS))
                            .append(".\n");
                }
                sb.append('\n');
                if (r.nextInt(3) == 0) {
                    sb.append("- why ").append(pick(TOPICS)).append(" matters\n- a live demo\n- ")
                            .append("what to read next\n\n");
                }
                filler(sb, 6 + r.nextInt(8));
                if (r.nextBoolean()) {
                    sb.append("Slides: https://speakerdeck.com/").append(handle(speaker)).append("/talk-").append(t)
                            .append("\n\n");
                }
            }
            if (r.nextInt(4) == 0) {
                sb.append("| Time | Session |\n|---|---|\n| 10:00 | Welcome |\n| 10:15 | Talks |\n")
                        .append("| 12:30 | Networking |\n\n");
            }
            filler(sb, 8 + r.nextInt(10));
            sb.append("See you at the next meetup! Join us on [Meetup](https://www.meetup.com/example-group/).\n");
            return sb.toString();
        }

        String announcement() {
            slug = month.toLowerCase(Locale.ROOT) + "-" + date.getYear() + "-meetup-" + index;
            int talks = 1 + r.nextInt(3);
            StringBuilder sb = new StringBuilder(3000);
            sb.append("---\ntitle: ").append(month).append(' ').append(date.getYear()).append(" Meetup\n")
                    .append("date: ").append(date.minusDays(10)).append("\ntags: [meetup, python]\n")
                    .append("event:\n  date: ").append(date).append("\n  start: \"").append(9 + r.nextInt(9))
                    .append(":").append(r.nextBoolean() ? "00" : "30").append("\"\n  duration: ")
                    .append(90 + 30 * r.nextInt(4)).append("\n  timezone: Asia/Kolkata\n");
            if (r.nextInt(8) == 0) {
                sb.append("  status: ").append(r.nextBoolean() ? "cancelled" : "postponed").append('\n');
            }
            sb.append("  venue:\n    name: ").append(venue).append("\n    address: ").append(1 + r.nextInt(200))
                    .append(" Residency Road\n    city: ").append(city).append("\n    country: India\n");
            if (r.nextInt(3) == 0) {
                sb.append("  online: https://meet.example.com/").append(slug).append('\n');
            }
            sb.append("  rsvp: https://www.meetup.com/example-group/events/").append(100000 + index).append("/\n");
            sb.append("talks:\n");
            for (int t = 0; t < talks; t++) {
                String speaker = person();
                sb.append("  - title: \"").append(talkTitle()).append("\"\n    kind: ")
                        .append(t == talks - 1 && r.nextBoolean() ? "lightning" : "talk")
                        .append("\n    speakers:\n      - name: ").append(speaker).append("\n        ")
                        .append(r.nextBoolean() ? "twitter: " : "github: ").append(handle(speaker))
                        .append("\n    abstract: A practical look at ").append(pick(TOPICS)).append(".\n");
                if (r.nextBoolean()) {
                    sb.append("    duration: ").append(15 + 15 * r.nextInt(3)).append('\n');
                }
            }
            sb.append("---\n\nJoin us for the ").append(month).append(" meetup at ").append(venue).append(", ")
                    .append(city).append(". Entry is free, but please RSVP so that we can plan for food.\n\n");
            filler(sb, 6 + r.nextInt(8));
            sb.append("If you would like to speak at a future meetup, [propose a talk](https://example.org/cfp).\n");
            return sb.toString();
        }

        String tomlPost() {
            slug = "hugo-" + month.toLowerCase(Locale.ROOT) + "-" + date.getYear() + "-" + index;
            String speaker = person();
            StringBuilder sb = new StringBuilder(3000);
            sb.append("+++\ntitle = \"").append(talkTitle()).append(" — ").append(month).append(" session\"\n")
                    .append("date = ").append(date).append("T18:30:00+05:30\ntags = [\"meetup\", \"")
                    .append(pick(TOPICS)).append("\"]\ndraft = false\n+++\n\n");
            sb.append("Our ").append(month).append(" session was on ").append(month).append(' ')
                    .append(date.getDayOfMonth()).append(", ").append(date.getYear()).append(" at 6:30 PM at ")
                    .append(venue).append(", ").append(city).append(".\n\n");
            sb.append("[").append(speaker).append("](").append(profileLink(speaker)).append(") spoke about *")
                    .append(talkTitle()).append("*.\n\n");
            filler(sb, 12 + r.nextInt(12));
            return sb.toString();
        }

        String jsonPost() {
            slug = "notes-" + date.getYear() + "-" + index;
            StringBuilder sb = new StringBuilder(2500);
            sb.append("{\n  \"title\": \"Notes from ").append(month).append(' ').append(date.getYear())
                    .append("\",\n  \"date\": \"").append(date).append("\",\n  \"categories\": [\"notes\"],\n")
                    .append("  \"description\": \"Short notes on ").append(pick(TOPICS)).append("\"\n}\n\n");
            sb.append("# Notes\n\nA few things we talked about over coffee: ").append(pick(TOPICS)).append(", ")
                    .append(pick(TOPICS)).append(" and ").append(pick(TOPICS)).append(".\n\n");
            filler(sb, 10 + r.nextInt(10));
            sb.append("```python\nimport asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n```\n");
            return sb.toString();
        }

        String blogPost() {
            slug = "community-update-" + index;
            StringBuilder sb = new StringBuilder(2500);
            sb.append("---\nlayout: post\ntitle: Community update ").append(index).append("\nauthors:\n  - ")
                    .append(handle(person())).append("\ntags: community news\n---\n\n");
            sb.append("We have a new home for our [code of conduct](/coc/) and a new ")
                    .append("[mailing list](https://groups.example.org/community).\n\n");
            filler(sb, 10 + r.nextInt(12));
            return sb.toString();
        }
    }
}
