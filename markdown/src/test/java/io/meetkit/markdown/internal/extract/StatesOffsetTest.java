package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatesOffsetTest {

    @Test
    void aDateAndTimeWithItsOwnOffsetIsToldFromOneWithout() {
        for (String with : new String[] {"2024-05-01T19:00:00Z", "2024-05-01 19:00 -0400", "2024-05-01T19:00+02:00",
                "2024-05-01T19:00:00+05", " 2024-05-01T19:00:00z "}) {
            assertThat(EventExtractor.statesOffset(with)).as(with).isTrue();
        }
        for (String without : new String[] {"2024-05-01 19:00:00", "2024-05-01T19:00", "2024-05-01", "Z",
                "-0400"}) {
            assertThat(EventExtractor.statesOffset(without)).as(without).isFalse();
        }
    }
}
