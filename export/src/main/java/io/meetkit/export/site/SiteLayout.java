package io.meetkit.export.site;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Where a {@link SiteBuild} puts its files under the output folder, so that a static-site generator finds them: the
 * JSON-LD snippets where its templates include files from, and the feeds where it copies files as they are.
 */
public enum SiteLayout {
    /** Snippets in {@code jsonld/}, feeds and {@code events/} in the output folder itself. */
    PLAIN("jsonld", ""),
    /**
     * Snippets in {@code _includes/meetkit/}, where {@code {% include %}} looks; feeds in {@code assets/meetkit/}, a
     * folder without a leading underscore and without front matter in its files, which Jekyll copies as it is.
     */
    JEKYLL("_includes/meetkit", "assets/meetkit"),
    /** Snippets in {@code layouts/partials/meetkit/}, where {@code partial} looks; feeds in {@code static/meetkit/}. */
    HUGO("layouts/partials/meetkit", "static/meetkit");

    private final String snippetFolder;
    private final String staticFolder;

    SiteLayout(String snippetFolder, String staticFolder) {
        this.snippetFolder = snippetFolder;
        this.staticFolder = staticFolder;
    }

    /**
     * The folder of the per-post {@code <name>.html} snippets, relative to the output folder, with {@code /}.
     *
     * @return a relative path with {@code /} separators
     */
    public String snippetFolder() {
        return snippetFolder;
    }

    /**
     * The folder of {@code events.ics}, {@code posts.json}, {@code speakers.json} and {@code events/<name>.ics},
     * relative to the output folder, with {@code /}; empty for the output folder itself.
     *
     * @return a relative path with {@code /} separators, empty for the output folder itself
     */
    public String staticFolder() {
        return staticFolder;
    }

    /**
     * The layout called {@code name}: {@code plain}, {@code jekyll} or {@code hugo}, in any case.
     *
     * @param name {@code plain}, {@code jekyll} or {@code hugo}, in any case
     * @return the layout
     * @throws IllegalArgumentException for any other name, with a message listing the names
     */
    public static SiteLayout named(String name) {
        requireNonNull(name, "name");
        for (SiteLayout layout : values()) {
            if (layout.name().equalsIgnoreCase(name.strip())) {
                return layout;
            }
        }
        throw new IllegalArgumentException("unknown layout '" + name + "'; expected plain, jekyll or hugo");
    }

    /** The name {@link #named(String)} reads: {@code plain}, {@code jekyll} or {@code hugo}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
