package io.meetkit.export.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static String everything(JsonLdWriter writer) {
        return writer.toJson(new ArrayList<>(Fixtures.all().values()));
    }

    @Test
    void sameInputGivesIdenticalOutputFromSeparateWriters() {
        assertThat(everything(Fixtures.writer())).isEqualTo(everything(Fixtures.writer()));
    }

    @Test
    void outputDoesNotDependOnTheDefaultLocaleOrTimeZone() {
        String expected = everything(Fixtures.writer());
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        List<String> actual = new ArrayList<>();
        try {
            for (String[] setting : new String[][] {{"tr-TR", "America/Sao_Paulo"}, {"ar-SA", "Asia/Kolkata"},
                    {"th-TH-u-nu-thai", "Pacific/Chatham"}}) {
                Locale.setDefault(Locale.forLanguageTag(setting[0]));
                TimeZone.setDefault(TimeZone.getTimeZone(setting[1]));
                actual.add(everything(Fixtures.writer()));
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertThat(actual).containsOnly(expected);
    }
}
