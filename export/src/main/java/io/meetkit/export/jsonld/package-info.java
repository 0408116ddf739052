/**
 * Writes schema.org JSON-LD: an {@code Event} with its talks as {@code subEvent} and speakers as {@code performer},
 * and a {@code BlogPosting} for the post, ready for a {@code <script type="application/ld+json">} element.
 *
 * <pre>{@code
 * JsonLdWriter jsonLd = JsonLdWriter.create();
 * jsonLd.write(post, writer);
 * String html = jsonLd.toScriptElement(post);
 * }</pre>
 */
package io.meetkit.export.jsonld;
