package io.meetkit.markdown.internal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorsTest {

    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String recognised() {
        return Generators.recognise(dir).map(Conventions::name).orElse("none");
    }

    @Test
    void aJekyllConfigWithAPackageNamingHexoIsHexo() throws IOException {
        write("_config.yml", "title: x\n");
        write("package.json", "{\"dependencies\": {\"hexo\": \"^6.0.0\"}}");
        assertThat(recognised()).isEqualTo("Hexo");
    }

    @Test
    void aJekyllConfigWithAPackageForOtherToolsStaysJekyll() throws IOException {
        write("_config.yml", "title: x\n");
        write("package.json", "{\"devDependencies\": {\"prettier\": \"3\"}}");
        assertThat(recognised()).isEqualTo("Jekyll");
    }

    @Test
    void configYmlBesidePostsIsMyntButBesideContentIsHugo() throws IOException {
        write("config.yml", "title: x\n");
        Files.createDirectories(dir.resolve("_posts"));
        assertThat(recognised()).isEqualTo("mynt");
        Files.delete(dir.resolve("_posts"));
        Files.createDirectories(dir.resolve("content"));
        assertThat(recognised()).isEqualTo("Hugo");
    }

    @Test
    void configTomlWithBaseUrlUnderscoredIsZola() throws IOException {
        Files.createDirectories(dir.resolve("content"));
        write("config.toml", "title = \"x\"\nbase_url = \"https://x.example\"\n");
        assertThat(recognised()).isEqualTo("Zola");
        write("config.toml", "title = \"x\"\nbaseURL = \"https://x.example\"\n");
        assertThat(recognised()).isEqualTo("Hugo");
    }

    @Test
    void aFolderWithoutConfigurationIsNoSite() throws IOException {
        write("notes/a.md", "# A\n");
        assertThat(recognised()).isEqualTo("none");
        assertThat(Generators.findRoot(dir.resolve("notes"))).isEmpty();
    }

    @Test
    void aSiteTwoLevelsDownIsFoundFromTheRepositoryRoot() throws IOException {
        write("src/jbake/jbake.properties", "site.host=https://x.example\n");
        assertThat(Generators.findRoot(dir)).contains(dir.resolve("src/jbake"));
    }

    @Test
    void aFolderWithPostsOfItsOwnIsNotReplacedByASiteBelowIt() throws IOException {
        write("notes.md", "# Notes\n");
        write("blog/jbake.properties", "site.host=https://x.example\n");
        assertThat(Generators.findRoot(dir)).isEmpty();
    }

    @Test
    void eleventysFileTimeDateKeywordsAreAWarningAndTheFileNameDateIsUsed() throws IOException {
        write(".eleventy.js", "module.exports = () => ({ dir: { input: 'src' } });\n");
        write("src/talks/2021-05-06-lightning.md", "---\ntitle: Lightning\ndate: Last Modified\n---\nHi\n");
        var results = io.meetkit.markdown.PostParser.create().scan(dir).stream().toList();
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.errors()).isEmpty();
            assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("Last Modified"));
            assertThat(r.post().orElseThrow().date().orElseThrow().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2021, 5, 6));
        });
    }

    @Test
    void elsewhereAWordForADateStaysAnError() throws IOException {
        write("_config.yml", "title: x\n");
        write("_posts/2021-05-06-lightning.md", "---\ntitle: Lightning\ndate: Last Modified\n---\nHi\n");
        var results = io.meetkit.markdown.PostParser.create().scan(dir).stream().toList();
        assertThat(results).singleElement().satisfies(r -> assertThat(r.errors()).isNotEmpty());
    }

    @Test
    void pelicanSettingsAreReadFromPlainAssignmentsOnly() {
        Map<String, String> s = Pelican.settings("""
                SITENAME = u'Snakes'
                SITEURL = "https://snakes.example"
                TIMEZONE = 'America/Phoenix'  # local
                ARTICLE_PATHS = ['posts', "old"]
                PATH = os.path.join(BASE, 'content')
                import os; os.system('echo never run')
                lower = 'ignored'
                """);
        assertThat(s).containsEntry("SITENAME", "Snakes").containsEntry("SITEURL", "https://snakes.example")
                .containsEntry("TIMEZONE", "America/Phoenix").containsEntry("ARTICLE_PATHS", "posts\nold")
                .doesNotContainKeys("PATH", "lower");
    }

    @Test
    void readmesAtTheRootAreNotPostsButPostsNamedSoInFoldersAre() {
        Conventions c = new Eleventy();
        assertThat(c.isPost("README.md")).isFalse();
        assertThat(c.isPost("LICENSE.md")).isFalse();
        assertThat(c.isPost("src/_includes/footer.md")).isFalse();
        assertThat(c.isPost("src/meetups/readme.md")).isTrue();
    }

    @Test
    void sectionPagesAreNotPosts() {
        assertThat(new Zola().isPost("content/talks/_index.md")).isFalse();
        assertThat(new Hugo().isPost("content/events/_index.md")).isFalse();
        assertThat(new Hugo().isPost("content/events/april/index.md")).isTrue();
    }
}
