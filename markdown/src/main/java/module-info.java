/**
 * Reads Markdown posts with front matter, and whole Jekyll and Hugo sites, into the meetkit model.
 */
module io.meetkit.markdown {
    requires transitive io.meetkit.core;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires tools.jackson.dataformat.toml;
    requires tools.jackson.dataformat.csv;
    requires org.snakeyaml.engine;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.commonmark.ext.autolink;

    exports io.meetkit.markdown;
}
