package io.meetkit.export.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLdError;
import io.meetkit.core.Diagnostic;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expands our documents with schema.org's own context file and checks them against schema.org's vocabulary file,
 * both from {@code $meetkit.shared.dir/schemaorg}; offline.
 */
@EnabledIfSystemProperty(named = "meetkit.shared.dir", matches = ".+")
class VocabularyTest {
    private static OfflineJsonLd jsonLd;
    private static SchemaOrgVocabulary vocabulary;

    @BeforeAll
    static void loadSchemaOrg() throws IOException {
        jsonLd = OfflineJsonLd.withSharedContext();
        vocabulary = SchemaOrgVocabulary.load(OfflineJsonLd.sharedSchemaOrg().resolve("schemaorg-current-http.jsonld"));
    }

    static Stream<String> fixtures() {
        return Fixtures.all().keySet().stream();
    }

    private static List<String> problems(String json) throws JsonLdError {
        return vocabulary.check(jsonLd.expand(json), "test.jsonld").stream().map(Diagnostic::message).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyTypeAndPropertyIsSchemaOrgAndFitsItsDomainAndRange(String name) throws JsonLdError {
        String json = Fixtures.writer().toJson(Fixtures.all().get(name));

        assertThat(problems(json)).isEmpty();
        assertThat(jsonLd.toRdf(json).size()).isPositive();
    }

    @Test
    void allFixturesInOneDocumentPassTheVocabularyCheck() throws JsonLdError {
        String json = Fixtures.writer().toJson(List.copyOf(Fixtures.all().values()));

        assertThat(problems(json)).isEmpty();
    }

    @Test
    void publisherLanguageAndOffersAreSchemaOrgAndFitTheirRanges() throws JsonLdError {
        String json = Fixtures.withAdditions().toJson(List.copyOf(Fixtures.all().values()));

        assertThat(json).contains("\"publisher\"", "\"inLanguage\"", "\"offers\"", "\"isAccessibleForFree\"");
        assertThat(problems(json)).isEmpty();
    }

    @Test
    void checkerFindsAMisspeltProperty() throws JsonLdError {
        assertThat(problems("""
                {"@context": "https://schema.org", "@type": "Event", "name": "June Meetup",
                 "startDate": "2022-06-18T10:00:00+05:30", "perfomer": {"@type": "Person", "name": "Jane"}}
                """)).containsExactly("unknown property http://schema.org/perfomer");
    }

    @Test
    void checkerFindsADateTimeWithoutOffset() throws JsonLdError {
        assertThat(problems("""
                {"@context": "https://schema.org", "@type": "Event", "name": "June Meetup",
                 "startDate": "2022-06-18T10:00:00"}
                """)).containsExactly("startDate value 2022-06-18T10:00:00 has a time but no UTC offset");
    }

    @Test
    void checkerFindsPreviousStartDateWithoutReschedule() throws JsonLdError {
        assertThat(problems("""
                {"@context": "https://schema.org", "@type": "Event", "name": "June Meetup",
                 "startDate": "2022-06-18", "previousStartDate": "2022-06-11",
                 "eventStatus": "https://schema.org/EventScheduled"}
                """)).containsExactly("previousStartDate without eventStatus https://schema.org/EventRescheduled");
    }

    @Test
    void checkerFindsATypeInTheWrongCase() throws JsonLdError {
        assertThat(problems("""
                {"@context": "https://schema.org", "@type": "event", "name": "June Meetup"}
                """)).contains("unknown type http://schema.org/event");
    }

    @Test
    void checkerFindsANodeOutsideThePropertysRange() throws JsonLdError {
        assertThat(problems("""
                {"@context": "https://schema.org", "@type": "Event", "name": "June Meetup",
                 "location": {"@type": "Person", "name": "Jane"}}
                """)).singleElement().asString().startsWith("location value of type [http://schema.org/Person]");
    }

    @Test
    void checkerFindsAStatusThatIsNotAnEventStatus() throws JsonLdError {
        assertThat(problems("""
                {"@context": "https://schema.org", "@type": "Event", "name": "June Meetup",
                 "eventStatus": "https://schema.org/OnlineEventAttendanceMode"}
                """)).singleElement().asString().startsWith("eventStatus value https://schema.org/OnlineEvent");
    }
}
