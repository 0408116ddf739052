package io.meetkit.examples;

import io.meetkit.markdown.PostParser;
import io.meetkit.markdown.SiteOverview;
import io.meetkit.markdown.SiteScan;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code meetup inspect SITE}: one screen on how meetkit reads a site: the generator found, what its configuration
 * says, the rules applied, every front-matter key with how many posts use it and whether meetkit reads it, and how
 * many posts gave a dated event. Writes to standard output; problems in the configuration go to standard error.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = MeetupCli.Version.class,
        description = "Show how a site is read: generator, configuration, rules, "
        + "front-matter keys used and read, dated events.")
final class Inspect implements Callable<Integer> {

    /** Keys listed one per line; the rest are named together so the overview stays on one screen. */
    private static final int KEY_LINES = 30;

    private final MeetupCli.Context context;

    @Option(names = "--timezone", paramLabel = "ZONE",
            description = "Zone for dates and times that name none, when the site names none.")
    String timezone;

    @Parameters(paramLabel = "SITE", arity = "1", description = "A site root, a folder above one, or a post folder.")
    Path site;

    Inspect(MeetupCli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!Files.exists(site)) {
            throw new MeetupCli.UsageException("no such file or directory: " + site);
        }
        PostParser.Builder b = PostParser.builder();
        if (timezone != null) {
            try {
                b.defaultZone(ZoneId.of(timezone));
            } catch (DateTimeException e) {
                throw new MeetupCli.UsageException("unknown time zone '" + timezone + "'");
            }
        }
        SiteScan scan = b.build().scan(site);
        scan.siteDiagnostics().forEach(context.err()::println);
        SiteOverview o = scan.overview();
        PrintWriter out = context.out();
        out.println("site       " + site);
        out.println("generator  " + o.generator());
        out.println("title      " + o.site().title().orElse("(not stated)"));
        out.println("url        " + o.site().url().map(Object::toString).orElse("(not stated)"));
        out.println("zone       " + o.site().timeZone().map(Object::toString)
                .orElse("(not stated; times without offset are read in " + (timezone == null ? "UTC" : timezone)
                        + ")"));
        out.println("rules");
        o.conventions().forEach(line -> out.println("  " + line));
        out.printf(Locale.ROOT, "posts      %d read, %d failed, %d with a dated event%n", o.posts(), o.failed(),
                o.datedEvents());
        long read = o.keys().stream().filter(SiteOverview.KeyUse::read).count();
        out.printf(Locale.ROOT, "keys       %d in front matter: %d read by meetkit, %d ignored%n", o.keys().size(),
                read, o.keys().size() - read);
        int width = Math.min(24, o.keys().stream().mapToInt(k -> k.key().length()).max().orElse(4));
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < o.keys().size(); i++) {
            SiteOverview.KeyUse k = o.keys().get(i);
            if (i < KEY_LINES) {
                out.printf(Locale.ROOT, "  %-" + width + "s %5d  %s%n", shown(k.key()), k.posts(),
                        k.read() ? "read" : "ignored");
            } else {
                rest.add(shown(k.key()) + " " + k.posts() + (k.read() ? "" : "*"));
            }
        }
        if (!rest.isEmpty()) {
            out.println("  and " + rest.size() + " more (* ignored): " + String.join(", ", rest));
        }
        out.flush();
        return MeetupCli.OK;
    }

    /** A key as printable text: control characters escaped, long keys cut. */
    private static String shown(String key) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < key.length() && sb.length() < 40; i++) {
            char c = key.charAt(i);
            sb.append(Character.isISOControl(c) ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.length() < key.length() ? sb + "…" : sb.toString();
    }
}
