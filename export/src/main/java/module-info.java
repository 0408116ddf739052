/**
 * Writes the meetkit model as JSON, iCalendar and schema.org JSON-LD.
 */
module io.meetkit.export {
    requires transitive io.meetkit.core;
    requires tools.jackson.core;
    requires tools.jackson.databind;

    exports io.meetkit.export;
    exports io.meetkit.export.json;
    exports io.meetkit.export.jsonld;
    exports io.meetkit.export.ical;
    exports io.meetkit.export.site;
}
