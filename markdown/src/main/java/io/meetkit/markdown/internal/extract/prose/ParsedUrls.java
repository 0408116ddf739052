package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.core.Link;
import java.net.URI;
import java.util.Optional;

/**
 * A link URL of the prose parsed once, not once per reader that asks: the link and venue finders, the talk finder
 * and the profile checks all start from a span's URL as written, and a post asks about the same URLs many times.
 * Each thread keeps the last URLs it parsed in a small direct-mapped table (the parser reads a post on one thread);
 * an entry holds what {@link Link#parseUri} gives, the link with its kind, and whether it is a profile page, so a
 * hit gives exactly what parsing again would.
 */
public final class ParsedUrls {

    /** Slots per thread: more than the distinct link URLs of almost any post. */
    private static final int SLOTS = 128;

    private static final ThreadLocal<Entry[]> TABLE = ThreadLocal.withInitial(() -> new Entry[SLOTS]);

    private ParsedUrls() {
    }

    /** One URL as written and what it parses to. */
    private static final class Entry {
        final String url;
        /** The unlabelled link with its detected kind; empty when the URL does not parse. */
        final Optional<Link> link;
        /** The link's URI, kept wrapped so that asking for it allocates nothing. */
        final Optional<URI> uri;
        /** 0 until asked, then 1 when the URL is a person's profile page, 2 when not. */
        byte profile;

        Entry(String url, Optional<Link> link) {
            this.url = url;
            this.link = link;
            this.uri = link.map(Link::url);
        }
    }

    private static Entry entry(String url) {
        Entry[] table = TABLE.get();
        int slot = (url.hashCode() * 0x9E3779B9 >>> 25) & (SLOTS - 1);
        Entry e = table[slot];
        if (e != null && (e.url == url || e.url.equals(url))) {
            return e;
        }
        Optional<Link> link;
        try {
            link = Optional.of(Link.of(Link.parseUri(url)));
        } catch (IllegalArgumentException ex) {
            link = Optional.empty();
        }
        e = new Entry(url, link);
        table[slot] = e;
        return e;
    }

    /** The URI {@link Link#parseUri} makes of {@code url}, or empty where it throws. */
    public static Optional<URI> uri(String url) {
        return entry(url).uri;
    }

    /** The unlabelled link {@link Link#parse} makes of {@code url}, or empty where it throws. */
    public static Optional<Link> link(String url) {
        return entry(url).link;
    }

    /** {@link Names#isProfileUrl}, worked out once per URL. */
    static boolean isProfileUrl(String url) {
        Entry e = entry(url);
        if (e.profile == 0) {
            e.profile = e.link.isPresent() && Names.isProfileLink(e.link.get()) ? (byte) 1 : (byte) 2;
        }
        return e.profile == 1;
    }
}
