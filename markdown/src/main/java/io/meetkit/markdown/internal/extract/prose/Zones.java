package io.meetkit.markdown.internal.extract.prose;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compact table of cities (and single-zone countries) to time zones, for events whose site names no zone. It is
 * deliberately small: big cities where meetups happen; a place not listed gives no zone rather than a wrong one.
 */
public final class Zones {

    private static final Map<String, String> PLACES = new LinkedHashMap<>();

    static {
        put("Asia/Kolkata", "Bangalore", "Bengaluru", "Mumbai", "Bombay", "Delhi", "New Delhi", "Chennai", "Madras",
                "Hyderabad", "Pune", "Kolkata", "Calcutta", "Kochi", "Cochin", "Ahmedabad", "Jaipur", "Noida",
                "Gurgaon", "Gurugram", "Thiruvananthapuram", "Trivandrum", "Coimbatore", "Mysore", "Mysuru",
                "Mangalore", "Chandigarh", "Indore", "Bhubaneswar", "Goa", "India");
        put("Asia/Colombo", "Colombo", "Sri Lanka");
        put("Asia/Kathmandu", "Kathmandu", "Nepal");
        put("Asia/Dhaka", "Dhaka", "Bangladesh");
        put("Asia/Karachi", "Karachi", "Lahore", "Islamabad", "Pakistan");
        put("Asia/Dubai", "Dubai", "Abu Dhabi");
        put("Asia/Singapore", "Singapore");
        put("Asia/Kuala_Lumpur", "Kuala Lumpur", "Malaysia");
        put("Asia/Bangkok", "Bangkok", "Thailand");
        put("Asia/Jakarta", "Jakarta");
        put("Asia/Manila", "Manila", "Philippines");
        put("Asia/Ho_Chi_Minh", "Ho Chi Minh City", "Saigon", "Hanoi", "Vietnam");
        put("Asia/Hong_Kong", "Hong Kong");
        put("Asia/Taipei", "Taipei", "Taiwan");
        put("Asia/Shanghai", "Beijing", "Shanghai", "Shenzhen", "China");
        put("Asia/Seoul", "Seoul", "Korea");
        put("Asia/Tokyo", "Tokyo", "Osaka", "Kyoto", "Japan");
        put("Asia/Jerusalem", "Tel Aviv", "Jerusalem", "Israel");
        put("Europe/Istanbul", "Istanbul", "Ankara", "Turkey");
        put("Europe/London", "London", "Manchester", "Edinburgh", "Glasgow", "Bristol", "Cambridge", "Oxford",
                "Leeds", "Birmingham", "United Kingdom", "UK");
        put("Europe/Dublin", "Dublin", "Ireland");
        put("Europe/Lisbon", "Lisbon", "Porto", "Portugal");
        put("Europe/Madrid", "Madrid", "Barcelona", "Valencia", "Seville", "Spain");
        put("Europe/Paris", "Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "France");
        put("Europe/Brussels", "Brussels", "Antwerp", "Belgium");
        put("Europe/Amsterdam", "Amsterdam", "Rotterdam", "Utrecht", "The Hague", "Netherlands");
        put("Europe/Berlin", "Berlin", "Munich", "Hamburg", "Cologne", "Frankfurt", "Stuttgart", "Germany");
        put("Europe/Zurich", "Zurich", "Zürich", "Geneva", "Basel", "Bern", "Switzerland");
        put("Europe/Vienna", "Vienna", "Austria");
        put("Europe/Rome", "Rome", "Milan", "Turin", "Florence", "Italy");
        put("Europe/Prague", "Prague", "Brno", "Czechia");
        put("Europe/Warsaw", "Warsaw", "Krakow", "Kraków", "Wroclaw", "Poland");
        put("Europe/Copenhagen", "Copenhagen", "Denmark");
        put("Europe/Stockholm", "Stockholm", "Gothenburg", "Sweden");
        put("Europe/Oslo", "Oslo", "Norway");
        put("Europe/Helsinki", "Helsinki", "Finland");
        put("Europe/Athens", "Athens", "Greece");
        put("Europe/Kyiv", "Kyiv", "Kiev", "Ukraine");
        put("Europe/Moscow", "Moscow", "Saint Petersburg");
        put("Africa/Cairo", "Cairo", "Egypt");
        put("Africa/Lagos", "Lagos", "Abuja", "Nigeria");
        put("Africa/Nairobi", "Nairobi", "Kenya");
        put("Africa/Johannesburg", "Johannesburg", "Cape Town", "Pretoria", "South Africa");
        put("America/New_York", "New York", "NYC", "Boston", "Philadelphia", "Washington", "Atlanta", "Miami");
        put("America/Toronto", "Toronto", "Ottawa", "Montreal");
        put("America/Chicago", "Chicago", "Austin", "Dallas", "Houston", "Minneapolis");
        put("America/Denver", "Denver");
        put("America/Los_Angeles", "San Francisco", "Los Angeles", "Seattle", "Portland", "San Diego",
                "San Jose", "Oakland");
        put("America/Vancouver", "Vancouver");
        put("America/Mexico_City", "Mexico City", "Guadalajara");
        put("America/Bogota", "Bogota", "Bogotá", "Colombia");
        put("America/Lima", "Lima", "Peru");
        put("America/Santiago", "Santiago", "Chile");
        put("America/Argentina/Buenos_Aires", "Buenos Aires", "Argentina");
        put("America/Sao_Paulo", "São Paulo", "Sao Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba");
        put("Australia/Sydney", "Sydney", "Canberra");
        put("Australia/Melbourne", "Melbourne");
        put("Australia/Brisbane", "Brisbane");
        put("Australia/Perth", "Perth");
        put("Pacific/Auckland", "Auckland", "Wellington", "New Zealand");
    }

    private static final Pattern ANY;

    static {
        StringBuilder alt = new StringBuilder();
        PLACES.keySet().stream().sorted((a, b) -> b.length() - a.length()).forEach(k -> {
            if (alt.length() > 0) {
                alt.append('|');
            }
            alt.append(Pattern.quote(k));
        });
        ANY = Pattern.compile("(?i)(?<![\\p{L}])(" + alt + ")(?![\\p{L}])");
    }

    private Zones() {
    }

    private static void put(String zone, String... places) {
        for (String p : places) {
            PLACES.put(p.toLowerCase(Locale.ROOT), zone);
        }
    }

    /** The zone of a place named exactly {@code place} (a city or a single-zone country). */
    public static Optional<ZoneId> of(String place) {
        String z = PLACES.get(place.strip().toLowerCase(Locale.ROOT));
        return Optional.ofNullable(z).map(ZoneId::of);
    }

    /** The first known place named in {@code text}, as written. */
    public static Optional<String> placeIn(String text) {
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            String found = m.group(1);
            // Short upper-case codes only count when written in upper case.
            if (found.length() <= 3 && !found.equals(found.toUpperCase(Locale.ROOT))) {
                continue;
            }
            return Optional.of(found);
        }
        return Optional.empty();
    }

    /** Whether {@code word} is a place in the table. */
    public static boolean isPlace(String word) {
        return PLACES.containsKey(word.strip().toLowerCase(Locale.ROOT));
    }
}
