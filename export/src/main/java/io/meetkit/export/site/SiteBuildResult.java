package io.meetkit.export.site;

import static java.util.Objects.requireNonNull;

import io.meetkit.core.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link SiteBuild} did.
 *
 * @param written     the files written because they were new or their content changed, in the order written
 * @param unchanged   the files left as they were because their content was already right
 * @param diagnostics what the exporters left out and why, and file names that differ from a post's slug; warnings
 */
public record SiteBuildResult(List<Path> written, List<Path> unchanged, List<Diagnostic> diagnostics) {

    /**
     * Copies the lists.
     *
     * @param written     the files written
     * @param unchanged   the files left as they were
     * @param diagnostics the warnings
     */
    public SiteBuildResult {
        written = List.copyOf(requireNonNull(written, "written"));
        unchanged = List.copyOf(requireNonNull(unchanged, "unchanged"));
        diagnostics = List.copyOf(requireNonNull(diagnostics, "diagnostics"));
    }
}
