package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ZonesTest {

    @Test
    void theFirstPlaceNamedIsFoundAsWritten() {
        assertThat(Zones.placeIn("We met at Acme Hall, London, last week")).contains("London");
        assertThat(Zones.placeIn("Flights from new york and Paris")).contains("new york");
        assertThat(Zones.placeIn("Lunch in São Paulo")).contains("São Paulo");
        assertThat(Zones.placeIn("Ho Chi Minh City hosts us")).contains("Ho Chi Minh City");
    }

    @Test
    void moreCitiesStatesAndCountriesHaveTheirZones() {
        assertThat(Zones.placeIn("The Oklahoma City JavaScript user group")).contains("Oklahoma City");
        assertThat(Zones.of("Oklahoma City").map(Object::toString)).contains("America/Chicago");
        assertThat(Zones.of("Novi Sad").map(Object::toString)).contains("Europe/Belgrade");
        assertThat(Zones.of("Belfast").map(Object::toString)).contains("Europe/London");
        assertThat(Zones.of("Knoxville").map(Object::toString)).contains("America/New_York");
        assertThat(Zones.of("Nashville").map(Object::toString)).contains("America/Chicago");
        assertThat(Zones.placeIn("Meetups all over New South Wales")).contains("New South Wales");
        assertThat(Zones.of("New South Wales").map(Object::toString)).contains("Australia/Sydney");
        // States and countries that span zones, and names that are also words or first names, are not in it.
        for (String place : List.of("Texas", "Florida", "Tennessee", "Canada", "Brazil", "Jordan", "Charlotte",
                "Phoenix", "Reading", "Virginia")) {
            assertThat(Zones.of(place)).as(place).isEmpty();
        }
    }

    @Test
    void aStateCodeCountsOnlyAfterACityAndAComma() {
        assertThat(Zones.stateCodeIn("at the Div in Edmond, OK. Lunch is included")).contains("OK");
        assertThat(Zones.stateCodeIn("Salt Lake City, UT 84101")).contains("UT");
        assertThat(Zones.stateCodeIn("Tempe, AZ")).contains("AZ");
        assertThat(Zones.of("OK").map(Object::toString)).contains("America/Chicago");
        assertThat(Zones.stateCodeIn("That works, OK?")).as("a lower-case word before the comma").isEmpty();
        assertThat(Zones.stateCodeIn("OK, see you there")).isEmpty();
        assertThat(Zones.stateCodeIn("Austin, TX")).as("Texas spans two zones").isEmpty();
        assertThat(Zones.stateCodeIn("Edmond, OKC")).isEmpty();
        assertThat(Zones.stateCodeIn("Edmond,OK")).as("no space after the comma").isEmpty();
        assertThat(Zones.stateCodeIn("Baton Rouge, LA")).as("LA is as often Los Angeles").isEmpty();
        assertThat(Zones.placeIn("It is OK")).as("a code alone is no place").isEmpty();
    }

    @Test
    void aPlaceInsideAWordOrALowerCaseCodeIsNoPlace() {
        assertThat(Zones.placeIn("Parisian cafes and Londoners")).isEmpty();
        assertThat(Zones.placeIn("the uk office, then Berlin")).contains("Berlin");
        assertThat(Zones.placeIn("the UK office")).contains("UK");
        assertThat(Zones.placeIn("nothing here")).isEmpty();
        assertThat(Zones.placeIn("")).isEmpty();
    }

    /**
     * The word scan gives what one case-insensitive pattern of the places, longest first, gave; the texts are
     * made of places of the table ("York" is not one) and characters that may stand around them.
     */
    @Test
    void theWordScanReadsWhatThePatternOfAllPlacesRead() {
        List<String> places = List.of("London", "New York", "York", "NYC", "UK", "uk", "Delhi", "New Delhi",
                "Tel Aviv", "São Paulo", "Goa", "Pune", "Cape Town", "Lima");
        Pattern old = Pattern.compile("(?i)(?<![\\p{L}])(New Delhi|Cape Town|New York|São Paulo|Tel Aviv|London"
                + "|Delhi|Lima|Pune|Goa|NYC|UK)(?![\\p{L}])");
        Random random = new Random(5);
        String[] noise = {" ", ",", "x", "-", "1", "s", "\n", "ä"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(5);
            for (int p = 0; p < parts; p++) {
                text.append(random.nextBoolean() ? places.get(random.nextInt(places.size()))
                        : noise[random.nextInt(noise.length)]);
            }
            String t = text.toString();
            Optional<String> expected = Optional.empty();
            Matcher m = old.matcher(t);
            while (m.find()) {
                String found = m.group(1);
                if (found.length() <= 3 && !found.equals(found.toUpperCase(java.util.Locale.ROOT))) {
                    continue;
                }
                expected = Optional.of(found);
                break;
            }
            assertThat(Zones.placeIn(t)).as(t).isEqualTo(expected);
        }
    }
}
