package io.meetkit.export.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The JVM's default locale and zone never reach the output. */
class DefaultLocaleAndZoneTest {

    private static String feed() throws IOException {
        StringWriter out = new StringWriter();
        IcsWriter.builder().clock(Samples.CLOCK).talkEvents(true).build()
                .writeFeed(List.of(Samples.meetup(), Samples.sprint(), Samples.cancelledOnline(),
                        Samples.berlinEvening()), out);
        return out.toString();
    }

    private static String under(Locale locale, String zone) throws IOException {
        Locale locale0 = Locale.getDefault();
        TimeZone zone0 = TimeZone.getDefault();
        try {
            Locale.setDefault(locale);
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            return feed();
        } finally {
            Locale.setDefault(locale0);
            TimeZone.setDefault(zone0);
        }
    }

    @Test
    void aTurkishLocaleInKolkataGivesTheSameBytesAsEnglishInUtc() throws IOException {
        assertThat(under(Locale.forLanguageTag("tr-TR"), "Asia/Kolkata"))
                .isEqualTo(under(Locale.ENGLISH, "UTC"));
    }

    @Test
    void anArabicLocaleInSaoPauloGivesTheSameBytesAsEnglishInUtc() throws IOException {
        assertThat(under(Locale.forLanguageTag("ar-EG-u-nu-arab"), "America/Sao_Paulo"))
                .isEqualTo(under(Locale.ENGLISH, "UTC"));
    }
}
