/**
 * Reads Markdown posts with front matter (YAML, TOML, JSON or Pelican-style header lines) into {@link io.meetkit.core.Post}s,
 * including the meetup {@link io.meetkit.core.Event} a post announces or reports.
 *
 * <p>{@link io.meetkit.markdown.PostParser} reads posts and scans sites; {@link io.meetkit.core.SpeakerIndex}
 * (in the core model) lists who spoke when across the posts read.
 *
 * <pre>{@code
 * PostParser parser = PostParser.create();
 * ParseResult result = parser.parse(Path.of("_posts/2022-06-20-june-meetup.md"));
 * result.post().flatMap(Post::event).ifPresent(event -> System.out.println(event.talks()));
 * }</pre>
 */
package io.meetkit.markdown;
