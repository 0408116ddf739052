package io.meetkit.examples;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Post;
import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import io.meetkit.markdown.SiteScan;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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

    public static void main(String[] args) {
        int code = run(args, System.out, System.err, Map.copyOf(System.getenv()));
        System.exit(code);
    }

    /** Runs the tool in-process; returns the exit status. */
    public static int run(String[] args, OutputStream stdout, OutputStream stderr, Map<String, String> env) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        List<String> list = new ArrayList<>(List.of(args));
        if (list.isEmpty() || !(list.get(0).equals("convert") || list.get(0).equals("check")
                || list.get(0).equals("inspect") || list.get(0).equals("help"))) {
            list.add(0, "convert");
        }
        Context context = new Context(stdout, out, err, env);
        CommandLine cli = new CommandLine(new Root())
                .addSubcommand("convert", new Convert(context))
                .addSubcommand("check", new Check(context))
                .addSubcommand("inspect", new Inspect(context))
                .addSubcommand("help", new CommandLine.HelpCommand());
        cli.setOut(out);
        cli.setErr(err);
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

    /** What the commands share: the streams and the environment. */
    record Context(OutputStream rawOut, PrintWriter out, PrintWriter err, Map<String, String> env) {
    }

    /** A mistake in how the tool was called. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    @Command(name = "meetup", mixinStandardHelpOptions = false,
            description = "Reads meetup posts (Markdown with front matter) and writes them as a summary, JSON, "
                    + "iCalendar or schema.org JSON-LD.")
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

        @Parameters(paramLabel = "PATH", arity = "0..*",
                description = "Post files, folders (searched for .md and .markdown) or site roots. "
                        + "None: the bundled samples.")
        List<Path> paths = new ArrayList<>();

        Common(Context context) {
            this.context = context;
        }

        PostParser parser() {
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (n < 1) {
                throw new UsageException("--threads must be at least 1, was " + n);
            }
            PostParser.Builder b = PostParser.builder().strict(strict).parallelism(n);
            if (paths.isEmpty()) {
                b.site(Samples.SITE);
            }
            if (timezone != null) {
                try {
                    b.defaultZone(ZoneId.of(timezone));
                } catch (DateTimeException e) {
                    throw new UsageException("unknown time zone '" + timezone + "'");
                }
            }
            return b.build();
        }

        /** The title of the site read, once {@link #inputs} has run. */
        Optional<String> siteTitle() {
            return Optional.ofNullable(siteTitle);
        }

        private String siteTitle;

        /** Parse results for the paths, or for the bundled samples. */
        Iterable<ParseResult> inputs(PostParser parser) {
            if (paths.isEmpty()) {
                siteTitle = Samples.SITE.title().orElse(null);
                return Samples.parse(parser);
            }
            SiteScan scan = parser.scan(paths);
            siteTitle = scan.site().title().orElse(null);
            scan.siteDiagnostics().forEach(context.err()::println);
            return scan;
        }
    }

    @Command(name = "convert", description = "Convert posts (the default command).")
    static final class Convert extends Common {

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "summary",
                description = "summary (default), json, ics, jsonld or html.")
        String format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path output;

        @Option(names = "--calendar-name", paramLabel = "NAME", description = "The calendar's name in -f ics.")
        String calendarName;

        Convert(Context context) {
            super(context);
        }

        @Override
        public Integer call() throws IOException {
            Format f = Format.parse(format);
            PostParser parser = parser();
            Tally tally = new Tally();
            Iterable<Post> posts = converted(inputs(parser), tally);
            if (output != null) {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null && !Files.isDirectory(parent)) {
                    throw new UsageException("cannot write " + output + ": no such folder");
                }
                try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    Formats.write(f, posts, w, this, parser);
                }
            } else {
                Writer w = new OutputStreamWriter(context.rawOut(), StandardCharsets.UTF_8);
                context.out().flush();
                Formats.write(f, posts, w, this, parser);
                w.flush();
            }
            return tally.finish(context.err());
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
                        tally.count(r, context.err());
                        if (!r.hasErrors() && r.post().isPresent()) {
                            next = r.post().get();
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

    @Command(name = "check", description = "Read posts and report every problem; write nothing else.")
    static final class Check extends Common {

        Check(Context context) {
            super(context);
        }

        @Override
        public Integer call() {
            PostParser parser = parser();
            Tally tally = new Tally();
            for (ParseResult r : inputs(parser)) {
                List<Diagnostic> extra = Formats.checks(r, parser);
                tally.count(r, extra, context.err());
            }
            return tally.finish(context.err());
        }
    }

    /** Counts inputs as converted or failed and prints their diagnostics. */
    static final class Tally {
        int posts;
        int converted;
        int failed;
        int warnings;

        void count(ParseResult r, PrintWriter err) {
            count(r, List.of(), err);
        }

        void count(ParseResult r, List<Diagnostic> extra, PrintWriter err) {
            posts++;
            r.diagnostics().forEach(err::println);
            extra.forEach(err::println);
            boolean bad = r.hasErrors() || r.post().isEmpty() || extra.stream().anyMatch(Diagnostic::isError);
            warnings += (int) (r.warnings().size() + extra.stream().filter(d -> !d.isError()).count());
            if (bad) {
                failed++;
            } else {
                converted++;
            }
        }

        int finish(PrintWriter err) {
            err.println(posts + " posts, " + converted + " converted, " + failed + " failed"
                    + (warnings > 0 ? ", " + warnings + " warnings" : ""));
            err.flush();
            return failed > 0 ? INPUT_ERRORS : OK;
        }
    }

    /** The output formats. */
    enum Format {
        SUMMARY, JSON, ICS, JSONLD, HTML;

        static Format parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageException("unknown format '" + name + "'; expected summary, json, ics, jsonld or html");
            }
        }
    }
}
