package io.meetkit.markdown.internal.site;

import io.meetkit.core.Site;
import io.meetkit.markdown.internal.Limits;
import io.meetkit.markdown.internal.SiteConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Files outside any recognised site: every Markdown file is a post and only its own front matter counts. */
public final class LoneFile implements Conventions {

    public static final LoneFile INSTANCE = new LoneFile();

    private LoneFile() {
    }

    @Override
    public String name() {
        return "none";
    }

    @Override
    public boolean isRoot(Path dir) {
        return false;
    }

    @Override
    public SiteConfig readConfig(Path root, Site given, Limits limits) {
        return SiteConfig.none(given);
    }

    @Override
    public List<Path> postFolders(SiteConfig config) {
        return config.root().map(List::of).orElse(List.of());
    }

    @Override
    public boolean isPost(String relPath) {
        return true;
    }

    @Override
    public List<String> describe(SiteConfig config) {
        return List.of("no site configuration: every Markdown file given is a post",
                "date: the 'date' key, else a YYYY-MM-DD- file-name prefix",
                "address: the 'permalink' or 'url' key");
    }

    @Override
    public Optional<String> permalink(Optional<String> explicit, PostPath post, SiteConfig config,
                                      Map<String, Object> values) {
        return explicit;
    }

    @Override
    public List<String> urlKeys() {
        return List.of("permalink", "url");
    }
}
