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
        // More cities where user groups meet, and single-zone states and countries. Left out on purpose: names
        // that are also common words or first names (Reading, Nice, Charlotte, Orlando, Phoenix), and states or
        // countries that span zones (Texas, Florida, Tennessee, Indiana, Brazil, Canada).
        put(places, "America/New_York", "Brooklyn", "Jersey City", "Hartford", "Pittsburgh", "Baltimore",
                "Raleigh", "Tampa", "Jacksonville", "Cincinnati", "Knoxville", "Chattanooga", "New England",
                "Connecticut", "Delaware", "Maine", "Maryland", "Massachusetts", "New Hampshire", "New Jersey",
                "North Carolina", "South Carolina", "Ohio", "Pennsylvania", "Rhode Island", "Vermont",
                "West Virginia");
        put(places, "America/Detroit", "Detroit", "Ann Arbor");
        put(places, "America/Kentucky/Louisville", "Louisville");
        put(places, "America/Indiana/Indianapolis", "Indianapolis");
        put(places, "America/Chicago", "Oklahoma City", "Tulsa", "Kansas City", "St. Louis", "Saint Louis",
                "Nashville", "Memphis", "New Orleans", "Milwaukee", "San Antonio", "Fort Worth", "Omaha", "Des Moines",
                "Little Rock", "Alabama", "Arkansas", "Illinois", "Iowa", "Minnesota", "Mississippi", "Missouri",
                "Oklahoma", "Wisconsin");
        put(places, "America/Denver", "Salt Lake City", "Colorado Springs", "Albuquerque", "Colorado", "Montana",
                "New Mexico", "Utah", "Wyoming");
        put(places, "America/Boise", "Boise");
        put(places, "America/Phoenix", "Tempe", "Scottsdale", "Tucson", "Arizona");
        put(places, "America/Los_Angeles", "Sacramento", "Las Vegas", "Palo Alto", "Santa Monica",
                "Tacoma", "Spokane", "Fresno", "California", "Nevada");
        put(places, "Pacific/Honolulu", "Honolulu", "Hawaii");
        put(places, "America/Edmonton", "Edmonton", "Calgary", "Alberta");
        put(places, "America/Winnipeg", "Winnipeg", "Manitoba");
        put(places, "America/Regina", "Saskatoon", "Saskatchewan");
        put(places, "America/Toronto", "Quebec City", "Montréal", "Kitchener");
        put(places, "America/Vancouver", "Kelowna");
        put(places, "America/Halifax", "Nova Scotia");
        put(places, "Europe/London", "Belfast", "Sheffield", "Leicester", "Nottingham", "Liverpool",
                "Newcastle upon Tyne", "Southampton", "Brighton", "Cardiff", "Aberdeen", "Dundee", "Coventry",
                "Exeter", "Norwich", "Swansea", "Milton Keynes", "England", "Scotland", "Wales", "Northern Ireland");
        put(places, "Australia/Sydney", "New South Wales");
        put(places, "Europe/Belgrade", "Belgrade", "Beograd", "Novi Sad", "Serbia");
        put(places, "Europe/Zagreb", "Zagreb", "Croatia");
        put(places, "Europe/Ljubljana", "Ljubljana", "Slovenia");
        put(places, "Europe/Sarajevo", "Sarajevo");
        put(places, "Europe/Skopje", "Skopje");
        put(places, "Europe/Budapest", "Budapest", "Hungary");
        put(places, "Europe/Bucharest", "Bucharest", "Cluj-Napoca", "Romania");
        put(places, "Europe/Sofia", "Bulgaria");
        put(places, "Europe/Riga", "Riga", "Latvia");
        put(places, "Europe/Vilnius", "Vilnius", "Lithuania");
        put(places, "Europe/Tallinn", "Tallinn", "Estonia");
        put(places, "Europe/Luxembourg", "Luxembourg");
        put(places, "Europe/Bratislava", "Bratislava", "Slovakia");
        put(places, "Atlantic/Reykjavik", "Reykjavik", "Reykjavík", "Iceland");
        put(places, "Europe/Berlin", "Dresden", "Leipzig", "Düsseldorf", "Dusseldorf", "Karlsruhe", "Nuremberg",
                "Nürnberg", "Bonn", "Hannover");
        put(places, "Europe/Paris", "Lille", "Bordeaux", "Strasbourg", "Grenoble", "Montpellier", "Rennes");
        put(places, "Europe/Madrid", "Bilbao", "Malaga", "Málaga", "Zaragoza");
        put(places, "Europe/Rome", "Bologna", "Genoa");
        put(places, "Europe/Amsterdam", "Eindhoven", "Groningen", "Delft");
        put(places, "Europe/Stockholm", "Malmö", "Malmo", "Uppsala");
        put(places, "Europe/Copenhagen", "Aarhus");
        put(places, "Europe/Helsinki", "Tampere", "Espoo");
        put(places, "Europe/Warsaw", "Gdansk", "Gdańsk", "Poznan", "Poznań", "Lodz", "Łódź");
        put(places, "Europe/Vienna", "Graz", "Linz", "Salzburg");
        put(places, "Europe/Zurich", "Lausanne", "Lucerne");
        put(places, "Europe/Kyiv", "Lviv", "Kharkiv");
        put(places, "Asia/Jerusalem", "Haifa");
        put(places, "Asia/Tbilisi", "Tbilisi");
        put(places, "Asia/Yerevan", "Yerevan", "Armenia");
        put(places, "Asia/Baku", "Baku", "Azerbaijan");
        put(places, "Asia/Almaty", "Almaty");
        put(places, "Asia/Riyadh", "Riyadh", "Saudi Arabia");
        put(places, "Asia/Qatar", "Doha", "Qatar");
        put(places, "Asia/Amman", "Amman");
        put(places, "Asia/Beirut", "Beirut", "Lebanon");
        put(places, "Asia/Bangkok", "Chiang Mai");
        put(places, "Asia/Manila", "Cebu");
        put(places, "Asia/Jakarta", "Surabaya", "Bandung", "Yogyakarta");
        put(places, "Asia/Kuala_Lumpur", "Penang");
        put(places, "Asia/Tokyo", "Nagoya", "Fukuoka", "Sapporo", "Yokohama");
        put(places, "Asia/Seoul", "Busan");
        put(places, "Asia/Shanghai", "Guangzhou", "Hangzhou", "Chengdu");
        put(places, "Asia/Taipei", "Taichung");
        put(places, "Africa/Accra", "Accra", "Ghana");
        put(places, "Africa/Kampala", "Kampala", "Uganda");
        put(places, "Africa/Kigali", "Kigali", "Rwanda");
        put(places, "Africa/Dar_es_Salaam", "Dar es Salaam", "Tanzania");
        put(places, "Africa/Addis_Ababa", "Addis Ababa", "Ethiopia");
        put(places, "Africa/Casablanca", "Casablanca", "Rabat", "Morocco");
        put(places, "Africa/Tunis", "Tunis", "Tunisia");
        put(places, "Africa/Johannesburg", "Durban");
        put(places, "Africa/Harare", "Harare", "Zimbabwe");
        put(places, "Africa/Lusaka", "Lusaka", "Zambia");
        put(places, "Africa/Dakar", "Dakar", "Senegal");
        put(places, "America/Montevideo", "Montevideo", "Uruguay");
        put(places, "America/Guayaquil", "Quito", "Guayaquil", "Ecuador");
        put(places, "America/Bogota", "Medellín", "Medellin");
        put(places, "America/Monterrey", "Monterrey");
        put(places, "America/Guatemala", "Guatemala");
        put(places, "America/Puerto_Rico", "Puerto Rico");
        put(places, "America/Sao_Paulo", "Porto Alegre", "Recife", "Brasília", "Brasilia", "Florianópolis",
                "Florianopolis");
        put(places, "Australia/Adelaide", "Adelaide");
        put(places, "Australia/Hobart", "Hobart", "Tasmania");
        put(places, "Australia/Brisbane", "Gold Coast", "Queensland");
        put(places, "Pacific/Auckland", "Christchurch");
        return Map.copyOf(places);
    }

    /**
     * United States postal codes of states that keep one time zone, read only after a city and a comma ("Edmond,
     * OK", "Salt Lake City, UT 84101"): alone, "OK", "IN" or "ME" are words. Louisiana's "LA" is left out, as it is as
     * often Los Angeles.
     */
    private static final Map<String, String> STATE_CODES = stateCodes();

    private static Map<String, String> stateCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String c : List.of("CT", "DE", "DC", "GA", "ME", "MD", "MA", "NH", "NJ", "NY", "NC", "OH", "PA", "RI",
                "SC", "VT", "VA", "WV")) {
            codes.put(c, "America/New_York");
        }
        for (String c : List.of("AL", "AR", "IL", "IA", "MN", "MS", "MO", "OK", "WI")) {
            codes.put(c, "America/Chicago");
        }
        for (String c : List.of("CO", "MT", "NM", "UT", "WY")) {
            codes.put(c, "America/Denver");
        }
        codes.put("AZ", "America/Phoenix");
        codes.put("CA", "America/Los_Angeles");
        codes.put("NV", "America/Los_Angeles");
        codes.put("WA", "America/Los_Angeles");
        codes.put("HI", "Pacific/Honolulu");
        return Map.copyOf(codes);
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
            String before = into.put(p.toLowerCase(Locale.ROOT), zone);
            if (before != null && !before.equals(zone)) {
                throw new IllegalStateException(p + " is in the table twice: " + before + " and " + zone);
            }
        }
    }

    /**
     * The zone of a place named exactly {@code place} (a city, a single-zone state or country), or of a state code
     * as {@link #stateCodeIn} gives it.
     */
    public static Optional<ZoneId> of(String place) {
        String z = PLACES.get(place.strip().toLowerCase(Locale.ROOT));
        if (z == null) {
            z = STATE_CODES.get(place.strip());
        }
        return Optional.ofNullable(z).map(ZoneId::of);
    }

    /**
     * What a text says of its zone: the first known place it names ({@link #placeIn}), else a state code after a city
     * ({@link #stateCodeIn}); {@link #of} gives the zone of either.
     */
    public static Optional<String> zonePlaceIn(String text) {
        return placeIn(text).or(() -> stateCodeIn(text));
    }

    /**
     * The first United States state code written after a city and a comma, of a state with one time zone: "OK"
     * in "at the Div in Edmond, OK." or "Salt Lake City, UT 84101". Two upper-case letters, a comma, spaces and a
     * capitalised word before them, and no letter after them.
     */
    public static Optional<String> stateCodeIn(String text) {
        int n = text.length();
        for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
            int at = comma + 1;
            while (at < n && text.charAt(at) == ' ') {
                at++;
            }
            if (at == comma + 1 || at + 2 > n || at + 2 < n && Character.isLetter(text.charAt(at + 2))) {
                continue;
            }
            String code = text.substring(at, at + 2);
            int word = comma;
            while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
                word--;
            }
            if (STATE_CODES.containsKey(code) && word < comma && Character.isUpperCase(text.charAt(word))) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
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
