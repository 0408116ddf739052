/**
 * Writes schema.org JSON-LD for meetup sites: per post a {@code BlogPosting} and an {@code Event} with its talks as
 * {@code subEvent}, and one {@code Person} node per speaker, ready for a {@code <script type="application/ld+json">}
 * element, plus a check of each event against the search engines' Event requirements. By default an event that
 * search engines would reject (no start date, or no address or online URL) is left out and the post names its
 * speakers instead; {@code JsonLdWriter.Builder.allEvents(true)} writes every event.
 *
 * <p>{@link io.meetkit.export.jsonld.JsonLdWriter} is the entry point; it is immutable and thread-safe.
 *
 * <pre>{@code
 * JsonLdWriter jsonLd = JsonLdWriter.builder().baseUrl(URI.create("https://pune.example.org/")).build();
 * WriteResult result = jsonLd.write(post, writer);             // JSON-LD document, and what was left out
 * String html = jsonLd.toScriptElement(post);                  // HTML-safe <script> element
 * }</pre>
 */
package io.meetkit.export.jsonld;
