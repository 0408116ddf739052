package io.meetkit.markdown.internal.extract.prose;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A compact table of cities (and single-zone countries) to time zones, for events whose site names no zone. It is
 * deliberately small: big cities where meetups happen; a place not listed gives no zone rather than a wrong one.
 */
public final class Zones {

    private static final Map<String, String> PLACES = places();

    private static Map<String, String> places() {
        Map<String, String> places = new LinkedHashMap<>();
        put(places, "Asia/Kolkata", "Bangalore", "Bengaluru", "Mumbai", "Bombay", "Delhi", "New Delhi", "Chennai", "Madras",
                "Hyderabad", "Pune", "Kolkata", "Calcutta", "Kochi", "Cochin", "Ahmedabad", "Jaipur", "Noida",
                "Gurgaon", "Gurugram", "Thiruvananthapuram", "Trivandrum", "Coimbatore", "Mysore", "Mysuru",
                "Mangalore", "Chandigarh", "Indore", "Bhubaneswar", "Goa", "India");
        put(places, "Asia/Colombo", "Colombo", "Sri Lanka");
        put(places, "Asia/Kathmandu", "Kathmandu", "Nepal");
        put(places, "Asia/Dhaka", "Dhaka", "Bangladesh");
        put(places, "Asia/Karachi", "Karachi", "Lahore", "Islamabad", "Pakistan");
        put(places, "Asia/Dubai", "Dubai", "Abu Dhabi");
        put(places, "Asia/Singapore", "Singapore");
        put(places, "Asia/Kuala_Lumpur", "Kuala Lumpur", "Malaysia");
        put(places, "Asia/Bangkok", "Bangkok", "Thailand");
        put(places, "Asia/Jakarta", "Jakarta");
        put(places, "Asia/Manila", "Manila", "Philippines");
        put(places, "Asia/Ho_Chi_Minh", "Ho Chi Minh City", "Saigon", "Hanoi", "Vietnam");
        put(places, "Asia/Hong_Kong", "Hong Kong");
        put(places, "Asia/Taipei", "Taipei", "Taiwan");
        put(places, "Asia/Shanghai", "Beijing", "Shanghai", "Shenzhen", "China");
        put(places, "Asia/Seoul", "Seoul", "Korea");
        put(places, "Asia/Tokyo", "Tokyo", "Osaka", "Kyoto", "Japan");
        put(places, "Asia/Jerusalem", "Tel Aviv", "Jerusalem", "Israel");
        put(places, "Europe/Istanbul", "Istanbul", "Ankara", "Turkey");
        put(places, "Europe/London", "London", "Manchester", "Edinburgh", "Glasgow", "Bristol", "Cambridge", "Oxford",
                "Leeds", "Birmingham", "United Kingdom", "UK");
        put(places, "Europe/Dublin", "Dublin", "Ireland");
        put(places, "Europe/Lisbon", "Lisbon", "Porto", "Portugal");
        put(places, "Europe/Madrid", "Madrid", "Barcelona", "Valencia", "Seville", "Spain");
        put(places, "Europe/Paris", "Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "France");
        put(places, "Europe/Brussels", "Brussels", "Antwerp", "Belgium");
        put(places, "Europe/Amsterdam", "Amsterdam", "Rotterdam", "Utrecht", "The Hague", "Netherlands");
        put(places, "Europe/Berlin", "Berlin", "Munich", "Hamburg", "Cologne", "Frankfurt", "Stuttgart", "Germany");
        put(places, "Europe/Zurich", "Zurich", "Zürich", "Geneva", "Basel", "Bern", "Switzerland");
        put(places, "Europe/Vienna", "Vienna", "Austria");
        put(places, "Europe/Rome", "Rome", "Milan", "Turin", "Florence", "Italy");
        put(places, "Europe/Prague", "Prague", "Brno", "Czechia");
        put(places, "Europe/Warsaw", "Warsaw", "Krakow", "Kraków", "Wroclaw", "Poland");
        put(places, "Europe/Copenhagen", "Copenhagen", "Denmark");
        put(places, "Europe/Stockholm", "Stockholm", "Gothenburg", "Sweden");
        put(places, "Europe/Oslo", "Oslo", "Norway");
        put(places, "Europe/Helsinki", "Helsinki", "Finland");
        put(places, "Europe/Athens", "Athens", "Greece");
        put(places, "Europe/Kyiv", "Kyiv", "Kiev", "Ukraine");
        put(places, "Europe/Moscow", "Moscow", "Saint Petersburg");
        put(places, "Africa/Cairo", "Cairo", "Egypt");
        put(places, "Africa/Lagos", "Lagos", "Abuja", "Nigeria");
        put(places, "Africa/Nairobi", "Nairobi", "Kenya");
        put(places, "Africa/Johannesburg", "Johannesburg", "Cape Town", "Pretoria", "South Africa");
        put(places, "America/New_York", "New York", "NYC", "Boston", "Philadelphia", "Washington", "Atlanta", "Miami");
        put(places, "America/Toronto", "Toronto", "Ottawa", "Montreal");
        put(places, "America/Chicago", "Chicago", "Austin", "Dallas", "Houston", "Minneapolis");
        put(places, "America/Denver", "Denver");
        put(places, "America/Los_Angeles", "San Francisco", "Los Angeles", "Seattle", "Portland", "San Diego",
                "San Jose", "Oakland");
        put(places, "America/Vancouver", "Vancouver");
        put(places, "America/Mexico_City", "Mexico City", "Guadalajara");
        put(places, "America/Bogota", "Bogota", "Bogotá", "Colombia");
        put(places, "America/Lima", "Lima", "Peru");
        put(places, "America/Santiago", "Santiago", "Chile");
        put(places, "America/Argentina/Buenos_Aires", "Buenos Aires", "Argentina");
        put(places, "America/Sao_Paulo", "São Paulo", "Sao Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba");
        put(places, "Australia/Sydney", "Sydney", "Canberra");
        put(places, "Australia/Melbourne", "Melbourne");
        put(places, "Australia/Brisbane", "Brisbane");
        put(places, "Australia/Perth", "Perth");
        put(places, "Pacific/Auckland", "Auckland", "Wellington", "New Zealand");
        return Map.copyOf(places);
    }

    /**
     * The places by their first word (lower case), longest first: a text is read word by word and only the places
     * that start with the word at hand are compared, so no pattern of all the places runs over the text.
     */
    private static final Map<String, List<String>> BY_FIRST_WORD = byFirstWord();

    private static Map<String, List<String>> byFirstWord() {
        Map<String, List<String>> out = new HashMap<>();
        for (String place : PLACES.keySet()) {
            out.computeIfAbsent(firstWord(place, 0), k -> new ArrayList<>()).add(place);
        }
        for (List<String> places : out.values()) {
            places.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        }
        return Map.copyOf(out);
    }

    /** The run of letters at {@code from}, lower case. */
    private static String firstWord(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end).toLowerCase(Locale.ROOT);
    }

    private Zones() {
    }

    private static void put(Map<String, String> into, String zone, String... places) {
        for (String p : places) {
            into.put(p.toLowerCase(Locale.ROOT), zone);
        }
    }

    /** The zone of a place named exactly {@code place} (a city or a single-zone country). */
    public static Optional<ZoneId> of(String place) {
        String z = PLACES.get(place.strip().toLowerCase(Locale.ROOT));
        return Optional.ofNullable(z).map(ZoneId::of);
    }

    /**
     * The first known place named in {@code text}, as written: a place whose letters are not joined to other
     * letters on either side ("Paris" in "Paris, France", not in "Parisian"). Where two places start at the same
     * word, the longer wins ("New York" over "York"). Example: "held at Acme Hall, London" gives "London".
     */
    public static Optional<String> placeIn(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i)) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i++;
                continue;
            }
            List<String> candidates = BY_FIRST_WORD.get(firstWord(text, i));
            int next = i + 1;
            if (candidates != null) {
                for (String place : candidates) {
                    int end = i + place.length();
                    if (text.regionMatches(true, i, place, 0, place.length())
                            && (end == n || !Character.isLetter(text.charAt(end)))) {
                        String found = text.substring(i, end);
                        // Short upper-case codes only count when written in upper case.
                        if (found.length() > 3 || found.equals(found.toUpperCase(Locale.ROOT))) {
                            return Optional.of(found);
                        }
                        next = end;
                        break;
                    }
                }
            }
            i = next;
        }
        return Optional.empty();
    }

    /** Whether {@code word} is a place in the table. */
    public static boolean isPlace(String word) {
        return PLACES.containsKey(word.strip().toLowerCase(Locale.ROOT));
    }
}
