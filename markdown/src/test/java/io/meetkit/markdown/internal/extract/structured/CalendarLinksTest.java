package io.meetkit.markdown.internal.extract.structured;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CalendarLinksTest {

    @Test
    void aGoogleCalendarTemplateLinkGivesItsDecodedQuery() {
        String link = "http://www.google.com/calendar/event?location=Corner+Hall+-+1+Main+St+-+Queens%2C+NY%2C+us"
                + "&action=TEMPLATE&text=Tech+night+%2336&dates=20240501T230000Z%2F20240502T010000Z";
        assertThat(CalendarLinks.templateQuery(link)).containsEntry("location", "Corner Hall - 1 Main St - Queens, NY, us")
                .containsEntry("text", "Tech night #36").containsEntry("dates", "20240501T230000Z/20240502T010000Z");
        assertThat(CalendarLinks.templateQuery("https://calendar.google.com/calendar/render?action=TEMPLATE"
                + "&ctz=Europe/Berlin")).containsEntry("ctz", "Europe/Berlin");
    }

    @Test
    void otherLinksAndBrokenEscapesGiveNothingOrLeaveTheParameterOut() {
        assertThat(CalendarLinks.templateQuery("https://www.google.com/calendar/embed?src=abc")).isEmpty();
        assertThat(CalendarLinks.templateQuery("https://example.org/calendar/event?action=TEMPLATE")).isEmpty();
        assertThat(CalendarLinks.templateQuery("not a link")).isEmpty();
        assertThat(CalendarLinks.templateQuery("https://www.google.com/calendar/event?action=TEMPLATE&location=%zz"))
                .containsOnlyKeys("action");
    }

    @Test
    void onlyARegionIdIsAZone() {
        assertThat(CalendarLinks.zone("America/New_York")).contains(ZoneId.of("America/New_York"));
        assertThat(CalendarLinks.zone("EST")).isEmpty();
        assertThat(CalendarLinks.zone("Nowhere/Atlantis")).isEmpty();
    }
}
