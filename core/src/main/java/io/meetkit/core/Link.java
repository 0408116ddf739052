package io.meetkit.core;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A URL with an optional human label and the {@link LinkKind} detected from it.
 *
 * @param url   the target, absolute or relative as written
 * @param label the text shown for it, when there was one
 * @param kind  what it points at
 */
public record Link(URI url, Optional<String> label, LinkKind kind) {

    public Link {
        requireNonNull(url, "url");
        requireNonNull(label, "label");
        requireNonNull(kind, "kind");
        label = label.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A link whose kind is detected from {@code url}. */
    public static Link of(URI url) {
        return new Link(url, Optional.empty(), LinkKind.detect(requireNonNull(url, "url")));
    }

    /** A labelled link whose kind is detected from {@code url}. */
    public static Link of(URI url, String label) {
        return new Link(url, Optional.of(requireNonNull(label, "label")), LinkKind.detect(requireNonNull(url, "url")));
    }

    /**
     * Parses {@code url} as written in a post, detecting its kind. Surrounding white space and angle brackets are
     * removed and inner spaces percent-encoded, as Markdown readers do.
     *
     * @throws IllegalArgumentException if it is not a URI even then
     */
    public static Link parse(String url) {
        return of(parseUri(url));
    }

    /** The lenient URI parse behind {@link #parse(String)}. */
    public static URI parseUri(String url) {
        requireNonNull(url, "url");
        String s = url.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty URL");
        }
        s = s.replace(" ", "%20");
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getReason() + " at index " + e.getIndex(), e);
        }
    }

    /** A copy with another label. */
    public Link withLabel(String label) {
        return new Link(url, Optional.of(requireNonNull(label, "label")), kind);
    }

    /** Whether the URL is absolute http or https. */
    public boolean isWeb() {
        String scheme = url.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                && url.getHost() != null;
    }

    /**
     * A key under which two links to the same profile or page compare equal: lower-case host without
     * {@code www.}/{@code mobile.}, {@code x.com} as {@code twitter.com}, no scheme, no query, no fragment and no
     * trailing slash; profile paths of case-insensitive services (Twitter, GitHub, LinkedIn) lower-cased.
     */
    public String identity() {
        if (!isWeb()) {
            return url.toString();
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"www.", "mobile.", "m."}) {
            if (host.startsWith(prefix)) {
                host = host.substring(prefix.length());
                break;
            }
        }
        if (host.equals("x.com")) {
            host = "twitter.com";
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String fragment = url.getRawFragment();
        if (fragment != null && fragment.startsWith("!/") && (path.isEmpty() || path.equals("/"))) {
            path = fragment.substring(1); // old Twitter "#!/user" profile links
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (kind == LinkKind.TWITTER || kind == LinkKind.GITHUB || kind == LinkKind.LINKEDIN) {
            path = path.toLowerCase(Locale.ROOT);
        }
        return host + path;
    }
}
