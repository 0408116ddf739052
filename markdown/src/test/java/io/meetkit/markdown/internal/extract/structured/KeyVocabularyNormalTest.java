package io.meetkit.markdown.internal.extract.structured;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The key normaliser gives what the camel-hump pattern and replacements it replaced gave. */
class KeyVocabularyNormalTest {

    @Test
    void keysAreNormalisedAsBefore() {
        Pattern hump = Pattern.compile("([a-z0-9])([A-Z])");
        String alphabet = "aZ9_- Ué.İx";
        Random r = new Random(12);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(8); n > 0; n--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String key = b.toString();
            String expected = hump.matcher(key.strip()).replaceAll("$1_$2").replace('-', '_').replace(' ', '_')
                    .toLowerCase(Locale.ROOT);
            assertThat(KeyVocabulary.normal(key)).as(key).isEqualTo(expected);
        }
        assertThat(KeyVocabulary.normal("meetupURL")).isEqualTo("meetup_url");
        assertThat(KeyVocabulary.normal(" Meetup-Url ")).isEqualTo("meetup_url");
        String title = "title";
        assertThat(KeyVocabulary.normal(title)).isSameAs(title); // already normal: no copy
    }

    /** The index of a scope's keys gives the key that looking each one up gives, the first of those sharing a form. */
    @Test
    void theIndexGivesTheKeyFindGives() {
        java.util.Map<Object, Object> scope = new java.util.LinkedHashMap<>();
        scope.put("meetupURL", 1);
        scope.put("meetup_url", 2);
        scope.put("Start-Time", 3);
        scope.put(7, 4);
        scope.put(" venue ", 5);
        java.util.Map<String, String> index = KeyVocabulary.index(scope);
        for (String wanted : new String[] {"meetup_url", "start_time", "7", "venue", "title"}) {
            assertThat(java.util.Optional.ofNullable(index.get(wanted))).as(wanted)
                    .isEqualTo(KeyVocabulary.find(scope, wanted));
        }
        assertThat(index.get("meetup_url")).isEqualTo("meetupURL");
    }
}
