package io.meetkit.export.jsonld.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void accentsAreFoldedAndPunctuationBecomesOneDash() {
        assertThat(Slugs.of("  Zoë O'Brien-Łukasz ")).isEqualTo("zoe-o-brien-ukasz");
    }

    @Test
    void slugDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Slugs.of("IRINA INCE")).isEqualTo("irina-ince");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void nonLatinNamesGetAStableHash() {
        String slug = Slugs.of("\u0645\u062d\u0645\u062f");

        assertThat(slug).matches("x[0-9a-f]+").isEqualTo(Slugs.of("\u0645\u062d\u0645\u062f"));
        assertThat(slug).isNotEqualTo(Slugs.of("\u0639\u0644\u064a"));
    }
}
