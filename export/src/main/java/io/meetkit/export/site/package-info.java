/**
 * Writes a site's meetup outputs into the folders a static-site generator reads: the group's iCalendar feed, one
 * {@code .ics} per dated event, one JSON-LD {@code <script>} snippet per post, the posts as JSON and the speaker
 * index, each file written atomically and only when its content changed.
 *
 * <p>{@link io.meetkit.export.site.SiteBuild} is the entry point; reading the site is the caller's.
 *
 * <pre>{@code
 * SiteBuild build = SiteBuild.builder().layout(SiteLayout.JEKYLL).site(scan.site()).build();
 * SiteBuildResult result = build.write(posts, Path.of("my-jekyll-site"));
 * result.diagnostics().forEach(System.err::println);
 * }</pre>
 */
package io.meetkit.export.site;
