package io.meetkit.examples;

import io.meetkit.core.Diagnostic;
import io.meetkit.markdown.ParseResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Everything a command prints on standard error goes through here, so that the summary line counts exactly what
 * was printed: each input once, as converted or failed, and every warning line, whoever found it (the reader, the
 * site's configuration, a writer, the tool itself). On a terminal it also keeps a one-line progress indicator,
 * cleared before any other line is printed.
 */
final class Tally {
    /** How often the progress line may be redrawn. */
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean progress;
    private final LongSupplier nanoTime;
    private final long started;
    private long lastDrawn;
    private boolean lineShown;
    private int total = -1;

    int posts;
    int converted;
    int failed;
    int warnings;

    /** A tally printing to {@code err}; progress only when {@code progress} (standard error is a terminal). */
    Tally(PrintWriter err, boolean progress) {
        this(err, progress, System::nanoTime);
    }

    Tally(PrintWriter err, boolean progress, LongSupplier nanoTime) {
        this.err = err;
        this.progress = progress;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.lastDrawn = started;
    }

    /** How many inputs the run will read, when known, for the progress line's "of N" and time left. */
    void expect(int inputs) {
        this.total = inputs;
    }

    /** Prints one diagnostic line and counts it when it is a warning. */
    void print(Diagnostic d) {
        clearProgress();
        err.println(d);
        if (!d.isError()) {
            warnings++;
        }
    }

    /** Prints every diagnostic of {@code list}. */
    void print(List<Diagnostic> list) {
        list.forEach(this::print);
    }

    /** Prints a line of the tool's own that is a warning (not about one file): {@code meetup: warning: …}. */
    void warn(String message) {
        clearProgress();
        err.println("meetup: warning: " + message);
        warnings++;
    }

    /** Prints a line of the tool's own that counts as nothing (a note, an I/O failure). */
    void say(String line) {
        clearProgress();
        err.println(line);
    }

    /** Counts one input and prints its diagnostics. */
    void count(ParseResult r) {
        count(r, List.of());
    }

    /** Counts one input and prints its diagnostics and {@code extra} ones found about it. */
    void count(ParseResult r, List<Diagnostic> extra) {
        posts++;
        print(r.diagnostics());
        print(extra);
        boolean bad = r.hasErrors() || r.post().isEmpty() || extra.stream().anyMatch(Diagnostic::isError);
        if (bad) {
            failed++;
        } else {
            converted++;
        }
        drawProgress();
    }

    /** Prints the summary line, last on standard error; returns the exit status it stands for. */
    int finish() {
        clearProgress();
        err.println(posts + " posts, " + converted + " converted, " + failed + " failed"
                + (warnings > 0 ? ", " + warnings + " warnings" : ""));
        err.flush();
        return failed > 0 ? MeetupCli.INPUT_ERRORS : MeetupCli.OK;
    }

    private void drawProgress() {
        if (!progress) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        double seconds = (now - started) / 1e9;
        double rate = seconds > 0 ? posts / seconds : 0;
        StringBuilder line = new StringBuilder("\rreading: ").append(posts);
        if (total > 0) {
            line.append(" of ").append(total);
        }
        line.append(" posts, ").append(String.format(Locale.ROOT, "%.0f/s", rate));
        if (total > posts && rate > 0) {
            line.append(String.format(Locale.ROOT, ", %.0f s left", (total - posts) / rate));
        }
        err.print(line);
        err.print("\u001b[K"); // erase what a longer earlier line left
        err.flush();
        lineShown = true;
    }

    private void clearProgress() {
        if (lineShown) {
            err.print("\r\u001b[K");
            lineShown = false;
        }
    }
}
