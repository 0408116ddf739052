/**
 * Finds the event a post is about. Not API: the parser calls {@link
 * io.meetkit.markdown.internal.extract.EventExtractor} with an {@link
 * io.meetkit.markdown.internal.extract.ExtractionInput} and puts the result on the post.
 *
 * <p>Structured front-matter keys are read first ({@code structured}); prose is read from the commonmark tree
 * ({@code prose}): the body becomes plain-text blocks with their links, code spans and emphasis kept as spans, and
 * small readers find the date, time, venue, attendance, talks, speakers and the group's links in them. Every fact
 * keeps the line it came from.
 */
package io.meetkit.markdown.internal.extract;
