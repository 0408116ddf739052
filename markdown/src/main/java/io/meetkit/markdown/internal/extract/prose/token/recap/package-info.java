/**
 * Token rules of the recap reading in {@link io.meetkit.markdown.internal.extract.prose.TalkFinder}: where a recap
 * sentence states its talk's title ("The first talk was *Fast Loops* by Ana Silva.", "Ana Silva talked about
 * caching.") and the cues of a sentence that gives a title before its speaker ("Our **Intro to Go** workshop …",
 * "The second talk was about caching."). One class per rule, each with example sentences in its javadoc and
 * positive and negative sentences in its test; {@link io.meetkit.markdown.internal.extract.prose.token.recap.RecapTitles}
 * tries the title rules in order.
 */
package io.meetkit.markdown.internal.extract.prose.token.recap;
