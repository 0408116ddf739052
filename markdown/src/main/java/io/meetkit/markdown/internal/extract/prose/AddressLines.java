package io.meetkit.markdown.internal.extract.prose;

/**
 * Hand-written readers of the lines of an address block, for {@link HostVenueFinder}: each reads one stripped line
 * left to right, every character once. Examples: "@Copper Kettle" over "12 Quay Road", "Harbour Hall" over "12 1/2
 * Quay St.", and "Harbour Hall, 12 Quay Road, Pune" on one line. They give what the anchored patterns they replace
 * gave (checked against them in {@code AddressLinesTest}).
 */
final class AddressLines {

    /** The street words that end a street line, as written (case counts). */
    private static final String[] STREET = {"St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Boulevard", "Ln",
        "Lane", "Dr", "Drive", "Way", "Pl", "Place", "Sq", "Square", "Pkwy", "Parkway", "Hwy", "Highway"};

    private AddressLines() {
    }

    private static boolean space(char c) {
        return NameScan.isSpace(c);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** "@Copper Kettle": the name after "@" and at most one space, or null. */
    static String atName(String line) {
        if (!line.startsWith("@")) {
            return null;
        }
        int p = line.length() > 1 && space(line.charAt(1)) ? 2 : 1;
        if (p >= line.length() || !(Character.isUpperCase(line.charAt(p)) || digit(line.charAt(p)))
                || line.length() - p > 60) {
            return null;
        }
        for (int i = p + 1; i < line.length(); i++) {
            if (line.charAt(i) == '@' || line.charAt(i) == '\n') {
                return null;
            }
        }
        return line.substring(p);
    }

    /** The end of "12", "12 1/2" or "12a" at the start of a street line (before the spaces), or -1. */
    private static int houseNumber(String line, boolean letter) {
        int d = 0;
        while (d < line.length() && digit(line.charAt(d))) {
            d++;
        }
        if (d < 1 || d > 5) {
            return -1;
        }
        int p = d;
        int s = NameScan.spaces(line, p);
        if (s > p && s + 2 < line.length() && digit(line.charAt(s)) && line.charAt(s + 1) == '/'
                && digit(line.charAt(s + 2))) {
            p = s + 3; // "12 1/2"
        }
        if (letter && p < line.length() && asciiLetter(line.charAt(p))) {
            p++;
        }
        return p;
    }

    /** "12 Quay Road", "12a, Main": a house number, maybe a letter and a comma, then more. */
    static boolean startsWithStreetNumber(String line) {
        int p = houseNumber(line, true);
        if (p < 0) {
            return false;
        }
        if (p < line.length() && line.charAt(p) == ',') {
            p++;
        }
        int s = NameScan.spaces(line, p);
        return s > p && s < line.length();
    }

    /** "12 Quay Road", "12 1/2 Main St.,": a house number, one to four words and a street word ending the line. */
    static boolean isStreetLine(String line) {
        int p = houseNumber(line, true);
        if (p < 0) {
            return false;
        }
        int s = NameScan.spaces(line, p);
        return s > p && streetAfterWords(line, s, false);
    }

    /**
     * Whether one to four words, each followed by spaces, then a street word (maybe with "."), end the line at
     * {@code p}; then a comma may follow, or with {@code restAfterComma} a comma and anything.
     */
    private static boolean streetAfterWords(String line, int p, boolean restAfterComma) {
        for (int words = 1; words <= 4; words++) {
            int e = p;
            while (e < line.length() && addressWordChar(line.charAt(e))) {
                e++;
            }
            int s = NameScan.spaces(line, e);
            if (e == p || s == e) {
                return false;
            }
            p = s;
            for (String street : STREET) {
                if (!line.startsWith(street, p)) {
                    continue;
                }
                int r = p + street.length();
                if (r < line.length() && line.charAt(r) == '.') {
                    r++;
                }
                if (r == line.length() || line.charAt(r) == ',' && (restAfterComma || r + 1 == line.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean addressWordChar(char c) {
        return Character.isLetter(c) || digit(c) || c == '.' || c == '\'' || c == '-';
    }

    /** "Harbour Hall", "The Copper Kettle": one to six capitalised words alone on a line, maybe after "The". */
    static boolean isNameLine(String line) {
        if (line.startsWith("The") && NameScan.spaces(line, 3) > 3 && nameWords(line, NameScan.spaces(line, 3))) {
            return true;
        }
        return nameWords(line, 0);
    }

    private static boolean nameWords(String line, int p) {
        for (int words = 0; words < 6; words++) {
            if (p >= line.length()) {
                return false;
            }
            char first = line.charAt(p);
            if (!(Character.isUpperCase(first) || digit(first) || words > 0 && first == '&')) {
                return false;
            }
            int e = p + 1;
            while (e < line.length() && (Character.isLetter(line.charAt(e)) || digit(line.charAt(e))
                    || "&'’.-".indexOf(line.charAt(e)) >= 0)) {
                e++;
            }
            if (e == line.length()) {
                return true;
            }
            int s = NameScan.spaces(line, e);
            if (s == e) {
                return false;
            }
            p = s;
        }
        return false;
    }

    /** "Harbour Hall, 12 Quay Road, Pune": {name, address}, or null. */
    static String[] nameCommaStreet(String line) {
        int c = line.indexOf(',');
        if (c < 2 || c > 51 || !Character.isUpperCase(line.charAt(0))) {
            return null;
        }
        for (int i = 1; i < c; i++) {
            char ch = line.charAt(i);
            if (!(Character.isLetter(ch) || digit(ch) || "&'’. -".indexOf(ch) >= 0)) {
                return null;
            }
        }
        int a = NameScan.spaces(line, c + 1);
        int d = a;
        while (d < line.length() && digit(line.charAt(d))) {
            d++;
        }
        if (d == a || d - a > 5) {
            return null;
        }
        if (d < line.length() && asciiLetter(line.charAt(d))) {
            d++;
        }
        int s = NameScan.spaces(line, d);
        if (s == d || !streetAfterWords(line, s, true)) {
            return null;
        }
        return new String[] {line.substring(0, c), line.substring(a)};
    }
}
