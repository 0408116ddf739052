package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each line reader gives what the anchored pattern it replaced gave, over many random lines. */
class AddressLinesTest {

    private static final int RUNS = 30_000;
    private static final String STREET = "(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way"
            + "|Pl|Place|Sq|Square|Pkwy|Parkway|Hwy|Highway)\\.?";
    private static final String[] PIECES = {"12", "123456", " ", "1/2", "a", ",", "Quay", "St", "Street", ".",
        "Road", "@", "The", "Harbour", "Hall", "&", "x", "'", "-", "Pune", "é"};

    private static String random(Random r, int max) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(max);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString().strip();
    }

    @Test
    void theLinesOfAnAddressBlockAreReadAsByTheirPatterns() {
        Pattern atName = Pattern.compile("^@\\s?+(?<name>[\\p{Lu}\\d][^@\\n]{0,59})$");
        Pattern streetNumber = Pattern.compile("^\\d{1,5}(?:\\s++\\d/\\d)?+[a-zA-Z]?,?\\s++\\S.*");
        Pattern nameLine = Pattern.compile(
                "^(?:The\\s++)?[\\p{Lu}\\d][\\p{L}\\d&'’.-]*+(?:\\s++[\\p{Lu}\\d&][\\p{L}\\d&'’.-]*+){0,5}$");
        Pattern streetLine = Pattern.compile(
                "^\\d{1,5}(?:\\s++\\d/\\d)?+[a-zA-Z]?\\s++(?:[\\p{L}\\d.'-]++\\s++){1,4}?" + STREET + ",?$");
        Random r = new Random(9);
        for (int i = 0; i < RUNS; i++) {
            String line = random(r, 8);
            Matcher at = atName.matcher(line);
            assertThat(AddressLines.atName(line)).as(line).isEqualTo(at.matches() ? at.group("name") : null);
            assertThat(AddressLines.startsWithStreetNumber(line)).as(line)
                    .isEqualTo(streetNumber.matcher(line).matches());
            assertThat(AddressLines.isNameLine(line)).as(line).isEqualTo(nameLine.matcher(line).matches());
            assertThat(AddressLines.isStreetLine(line)).as(line).isEqualTo(streetLine.matcher(line).matches());
        }
    }

    @Test
    void aNameCommaStreetLineIsReadAsByItsPattern() {
        Pattern old = Pattern.compile("^(?<name>[\\p{Lu}][\\p{L}\\d&'’. -]{1,50}?),"
                + "\\s*+(?<address>\\d{1,5}[a-zA-Z]?\\s++(?:[\\p{L}\\d.'-]++\\s++){1,4}?" + STREET + "(?:,.*)?)$");
        Random r = new Random(10);
        for (int i = 0; i < RUNS; i++) {
            String line = random(r, 10);
            Matcher m = old.matcher(line);
            String[] now = AddressLines.nameCommaStreet(line);
            if (m.matches()) {
                assertThat(now).as(line).containsExactly(m.group("name"), m.group("address"));
            } else {
                assertThat(now).as(line).isNull();
            }
        }
        assertThat(AddressLines.nameCommaStreet("Harbour Hall, 12 Quay Road, Pune"))
                .containsExactly("Harbour Hall", "12 Quay Road, Pune");
        assertThat(AddressLines.nameCommaStreet("Harbour Hall, near the quay")).isNull();
    }
}
