package io.meetkit.examples;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Post;
import io.meetkit.core.Site;
import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import io.meetkit.markdown.SiteScan;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code meetup} command-line tool.
 *
 * <pre>
 * meetup [convert] [-f FORMAT] [-o FILE] [--timezone ZONE] [--strict] [PATH...]
 * meetup check [--timezone ZONE] [--strict] PATH...
 * </pre>
 *
 * Exit status: 0 when every input was read, 1 when some had errors (the others are still converted), 2 for a
 * usage error. Diagnostics go to standard error as {@code FILE:LINE:COL: severity: message}.
 */
public final class MeetupCli {

    static final int OK = 0;
    static final int INPUT_ERRORS = 1;
    static final int USAGE = 2;

    private MeetupCli() {
    }

    /**
     * Runs the tool and exits with its status; a progress line is drawn when a person watches a terminal.
     *
     * @param args the command line, e.g. {@code convert -f ics my-site}
     */
    public static void main(String[] args) {
        // Standard output as a plain stream, not System.out: a full disk or a closed pipe then fails the write
        // that meets it, instead of being remembered by the PrintStream until the end.
        Map<String, String> env = Map.copyOf(System.getenv());
        // Progress only for a person watching: a terminal (Java 17 cannot ask about standard error alone, so the
        // console stands for it), not a dumb one, and not when NO_PROGRESS or CI is set.
        boolean progress = System.console() != null && !"dumb".equals(env.get("TERM"))
                && !env.containsKey("NO_PROGRESS") && !env.containsKey("CI");
        int code = run(args, new FileOutputStream(FileDescriptor.out), System.err, env, progress);
        System.exit(code);
    }

    /**
     * Runs the tool in-process, without a progress indicator; returns the exit status.
     *
     * @param args   the command line
     * @param stdout where the output goes; flushed, not closed
     * @param stderr where diagnostics and the summary line go
     * @param env    the environment variables to read ({@code SOURCE_DATE_EPOCH}, {@code NO_PROGRESS})
     * @return the exit status: 0, 1 when some input had errors or the output could not be written, 2 for a usage error
     */
    public static int run(String[] args, OutputStream stdout, OutputStream stderr, Map<String, String> env) {
        return run(args, stdout, stderr, env, false);
    }

    /** The first words that are not a path: commands and the options of the tool itself. */
    private static final Set<String> FIRST_WORDS = Set.of("convert", "check", "build", "inspect", "help", "-h", "--help",
            "-V", "--version");

    static int run(String[] args, OutputStream stdout, OutputStream stderr, Map<String, String> env,
                   boolean progress) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        List<String> list = new ArrayList<>(List.of(args));
        if (list.isEmpty() || !FIRST_WORDS.contains(list.get(0))) {
            list.add(0, "convert");
        }
        Context context = new Context(stdout, out, err, env, progress);
        CommandLine cli = new CommandLine(new Root())
                .addSubcommand("convert", new Convert(context))
                .addSubcommand("check", new Check(context))
                .addSubcommand("build", new Build(context))
                .addSubcommand("inspect", new Inspect(context))
                .addSubcommand("help", new CommandLine.HelpCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setUsageHelpAutoWidth(false);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("meetup: " + ex.getMessage());
            err.println("Try 'meetup help' for usage.");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UsageException) {
                err.println("meetup: " + ex.getMessage());
                return USAGE;
            }
            err.println("meetup: internal error: " + ex);
            return INPUT_ERRORS;
        });
        int code = cli.execute(list.toArray(String[]::new));
        out.flush();
        err.flush();
        return code;
    }

    /** What the commands share: the streams, the environment, and whether to show progress. */
    record Context(OutputStream rawOut, PrintWriter out, PrintWriter err, Map<String, String> env,
                   boolean progress) {

        Tally tally() {
            return new Tally(err, progress);
        }
    }

    /** The tool's version, from the build (a resource filled in by Maven). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = MeetupCli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // No version to show is not worth failing --version for.
            }
            return new String[] {"meetup (meetkit) " + p.getProperty("version", "unknown version"),
                    "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name")};
        }
    }

    /** The reader every command uses: {@code --strict}, {@code --threads} (default: every processor), the zone. */
    static PostParser.Builder parserBuilder(boolean strict, Integer threads, Optional<ZoneId> zone) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new UsageException("--threads must be at least 1, was " + n);
        }
        PostParser.Builder b = PostParser.builder().strict(strict).parallelism(n);
        zone.ifPresent(b::defaultZone);
        return b;
    }

    /** The zone {@code --timezone} names, if it was given. */
    static Optional<ZoneId> zone(String timezone) {
        if (timezone == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(timezone));
        } catch (DateTimeException e) {
            throw new UsageException("unknown time zone '" + timezone + "'");
        }
    }

    /** {@code SOURCE_DATE_EPOCH} when set, so that two runs over the same posts give the same bytes; else now. */
    static Clock clock(Map<String, String> env) {
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return Clock.systemUTC();
        }
        try {
            return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC);
        } catch (NumberFormatException | DateTimeException e) {
            throw new UsageException("SOURCE_DATE_EPOCH must be whole seconds since 1970, was '" + epoch + "'");
        }
    }

    /** A mistake in how the tool was called. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    @Command(name = "meetup", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Reads meetup posts (Markdown with front matter) and writes them as a summary, JSON, "
                    + "iCalendar or schema.org JSON-LD.",
            footer = {"", "Without a command, convert runs: meetup [convert] [-f FORMAT] [-o FILE] [PATH...].",
                    "'meetup COMMAND --help' shows a command's options. Exit status: 0 every input read, 1 some "
                            + "had errors or the output could not be written, 2 usage error."})
    static final class Root {
    }

    /** Options both commands take. */
    abstract static class Common implements Callable<Integer> {
        final Context context;

        @Option(names = "--timezone", paramLabel = "ZONE",
                description = "Zone for dates and times that name none, when the site names none (e.g. Asia/Kolkata).")
        String timezone;

        @Option(names = "--strict", description = "Report warnings as errors.")
        boolean strict;

        @Option(names = "--threads", paramLabel = "N",
                description = "Threads that read posts (default: the number of processors).")
        Integer threads;

        @Option(names = "--base-url", paramLabel = "URL",
                description = "The site's address (e.g. https://pune.example.org/) when its configuration names "
                        + "none: post URLs, JSON-LD ids and calendar UIDs are made from it.")
        URI baseUrl;

        @Parameters(paramLabel = "PATH", arity = "0..*",
                description = "Post files, folders (searched for .md and .markdown) or site roots. "
                        + "None: the bundled samples.")
        List<Path> paths = new ArrayList<>();

        Common(Context context) {
            this.context = context;
        }

        PostParser parser() {
            PostParser.Builder b = parserBuilder(strict, threads, zone(timezone));
            if (paths.isEmpty()) {
                b.site(Samples.SITE);
            }
            if (baseUrl != null) {
                if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                        || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))) {
                    throw new UsageException("--base-url must be an absolute http(s) URL, was '" + baseUrl + "'");
                }
                Site site = paths.isEmpty() ? Samples.SITE : Site.UNKNOWN;
                b.site(new Site(site.title(), site.description(), Optional.of(baseUrl), site.timeZone(),
                        site.language(), site.links()));
            }
            return b.build();
        }

        /** The title of the site read, once {@link #inputs} has run. */
        Optional<String> siteTitle() {
            return Optional.ofNullable(siteTitle);
        }

        private String siteTitle;

        /** Parse results for the paths, or for the bundled samples. */
        Iterable<ParseResult> inputs(PostParser parser, Tally tally) {
            return inputs(parser, tally, files -> { });
        }

        /**
         * Parse results for the paths, or for the bundled samples; {@code beforeReading} is given every path that
         * names an input (the paths given and the files found) before any is read.
         */
        Iterable<ParseResult> inputs(PostParser parser, Tally tally, Consumer<List<Path>> beforeReading) {
            if (paths.isEmpty()) {
                siteTitle = Samples.SITE.title().orElse(null);
                site = Samples.SITE;
                return Samples.parse(parser);
            }
            SiteScan scan = parser.scan(paths);
            List<Path> named = new ArrayList<>(paths);
            named.addAll(scan.files());
            beforeReading.accept(named);
            siteTitle = scan.site().title().orElse(null);
            siteUrl = scan.site().url().orElse(null);
            site = scan.site();
            tally.print(scan.siteDiagnostics());
            tally.expect(scan.size());
            return scan;
        }

        /** The URL of the site read, once {@link #inputs} has run. */
        Optional<URI> siteUrl() {
            return Optional.ofNullable(siteUrl).or(() -> Optional.ofNullable(baseUrl));
        }

        private URI siteUrl;

        /** The site read, once {@link #inputs} has run. */
        Site site() {
            return site;
        }

        private Site site = Site.UNKNOWN;
    }

    @Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Convert posts (the default command).")
    static final class Convert extends Common {

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "summary",
                description = "summary (default), json, ics, jsonld or html.")
        String format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path output;

        @Option(names = "--calendar-name", paramLabel = "NAME", description = "The calendar's name in -f ics.")
        String calendarName;

        @Option(names = "--uid-domain", paramLabel = "DOMAIN",
                description = "The domain of calendar UIDs in -f ics (default: the host of the post's or "
                        + "--base-url's address).")
        String uidDomain;

        @Option(names = "--organizer-name", paramLabel = "NAME",
                description = "The organizer of events that name none, in -f ics and JSON-LD (default: the site's "
                        + "title).")
        String organizerName;

        @Option(names = "--organizer-url", paramLabel = "URL",
                description = "The organizer's address, with --organizer-name.")
        URI organizerUrl;

        @Mixin
        CalendarOptions calendarOptions = new CalendarOptions();

        /** Events converted without an address to make their UID and organizer from. */
        int withoutAddress;

        Convert(Context context) {
            super(context);
        }

        @Override
        public Integer call() {
            Format f = Format.parse(format);
            PostParser parser = parser();
            Tally tally = context.tally();
            if (output != null) {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null && !Files.isDirectory(parent)) {
                    throw new UsageException("cannot write " + output + ": no such folder");
                }
                if (Files.isDirectory(output)) {
                    throw new UsageException("cannot write " + output + ": it is a folder");
                }
            }
            Iterable<Post> posts = converted(inputs(parser, tally, output == null ? files -> { }
                    : this::refuseToOverwriteAnInput), tally);
            // After the site is found (its posts are read later, as they are written): the writers take its title,
            // logo, language and conventions.
            Formats.Writers writers = Formats.writers(this);
            String written = output == null ? "standard output" : output.toString();
            try {
                if (output != null) {
                    try (OutputFile file = OutputFile.create(output)) {
                        Formats.write(f, posts, file.writer(), writers, tally);
                        file.commit();
                    }
                } else {
                    Writer w = new OutputStreamWriter(context.rawOut(), StandardCharsets.UTF_8);
                    context.out().flush();
                    Formats.write(f, posts, w, writers, tally);
                    w.flush();
                    // A PrintStream (System.out) keeps its failures to itself until asked.
                    if (context.rawOut() instanceof PrintStream ps && ps.checkError()) {
                        throw new IOException("the stream reported an error");
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                // The last line says why nothing (or not everything) was written; no summary pretends otherwise.
                tally.say("meetup: cannot write " + written + ": " + reason(cause));
                return INPUT_ERRORS;
            }
            if (withoutAddress > 0 && f.needsAddresses() && uidDomain == null && baseUrl == null) {
                tally.warn(withoutAddress + " event" + (withoutAddress == 1 ? " has" : "s have") + " no address to "
                        + "name it by: calendar UIDs end in @meetkit.invalid and organizers are "
                        + "https://meetkit.invalid/; give --base-url (or a url in the site's configuration) or "
                        + "--uid-domain and --organizer-url");
            }
            return tally.finish();
        }

        /** Reading a file while writing over it would lose it: refused before anything is read. */
        private void refuseToOverwriteAnInput(List<Path> inputs) {
            Path target = output.toAbsolutePath().normalize();
            for (Path input : inputs) {
                boolean same = target.equals(input.toAbsolutePath().normalize());
                try {
                    same = same || Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input);
                } catch (IOException e) {
                    // Not comparable, so not known to be the same.
                }
                if (same) {
                    throw new UsageException("refusing to write " + output + ": it is one of the inputs ("
                            + input + ")");
                }
            }
        }

        private static String reason(IOException e) {
            return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        }

        /** The posts that were read without errors, printing every diagnostic as it goes. */
        Iterable<Post> converted(Iterable<ParseResult> results, Tally tally) {
            return () -> new Iterator<>() {
                final Iterator<ParseResult> it = results.iterator();
                Post next;

                @Override
                public boolean hasNext() {
                    while (next == null && it.hasNext()) {
                        ParseResult r = it.next();
                        tally.count(r);
                        if (!r.hasErrors() && r.post().isPresent()) {
                            next = r.post().get();
                            if (next.event().isPresent() && next.url().isEmpty()) {
                                withoutAddress++;
                            }
                        }
                    }
                    return next != null;
                }

                @Override
                public Post next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Post p = next;
                    next = null;
                    return p;
                }
            };
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Read posts and report every problem; write nothing else.")
    static final class Check extends Common {

        @Option(names = "--rich-results", description = "One line per event and search-engine recommendation "
                + "(schema.org Event rich results), instead of one summary of them for the whole run.")
        boolean richResults;

        Check(Context context) {
            super(context);
        }

        @Override
        public Integer call() {
            PostParser parser = parser();
            Tally tally = context.tally();
            RichResults advice = new RichResults();
            for (ParseResult r : inputs(parser, tally)) {
                List<Diagnostic> recommendations = Formats.richResults(r);
                tally.count(r, Formats.eventChecks(r));
                if (richResults) {
                    tally.print(recommendations);
                } else {
                    advice.add(recommendations);
                }
            }
            advice.summary().forEach(tally::say);
            return tally.finish();
        }
    }

    /** The output formats. */
    enum Format {
        SUMMARY, JSON, ICS, JSONLD, HTML;

        /** Whether the format names events by an address (calendar UIDs, organizers, JSON-LD ids). */
        boolean needsAddresses() {
            return this == ICS || this == JSONLD || this == HTML;
        }

        static Format parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageException("unknown format '" + name + "'; expected summary, json, ics, jsonld or html");
            }
        }
    }
}
