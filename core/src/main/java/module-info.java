/**
 * The meetkit model: posts, events, talks, speakers, venues and links, as immutable, null-free values.
 */
module io.meetkit.core {
    exports io.meetkit.core;
}
