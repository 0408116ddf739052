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

    /**
     * Strips the label and treats a blank one as absent; the URL is kept as given.
     *
     * @param url   the target, absolute or relative
     * @param label the text shown for it; stripped, absent when blank
     * @param kind  what it points at, usually {@link LinkKind#detect(URI)}
     */
    public Link {
        requireNonNull(url, "url");
        requireNonNull(label, "label");
        requireNonNull(kind, "kind");
        label = label.map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * An unlabelled link whose kind is detected from {@code url}.
     *
     * @param url the target
     * @return a link of kind {@link LinkKind#detect(URI)}
     */
    public static Link of(URI url) {
        return new Link(url, Optional.empty(), LinkKind.detect(requireNonNull(url, "url")));
    }

    /**
     * A labelled link whose kind is detected from {@code url}.
     *
     * @param url   the target
     * @param label the text shown for it; stripped, and absent when blank
     * @return a link of kind {@link LinkKind#detect(URI)}
     */
    public static Link of(URI url, String label) {
        return new Link(url, Optional.of(requireNonNull(label, "label")), LinkKind.detect(requireNonNull(url, "url")));
    }

    /**
     * Parses {@code url} as written in a post, detecting its kind. Surrounding white space and angle brackets are
     * removed and inner spaces percent-encoded, as Markdown readers do.
     *
     * @param url the URL as written
     * @return an unlabelled link
     * @throws IllegalArgumentException if it is empty or not a URI even then
     */
    public static Link parse(String url) {
        return of(parseUri(url));
    }

    /**
     * The lenient URI parse behind {@link #parse(String)}, for callers that need only the URI.
     *
     * @param url the URL as written
     * @return the URI, absolute or relative
     * @throws IllegalArgumentException if it is empty or not a URI even after clean-up
     */
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

    /**
     * A copy with another label; the kind is kept.
     *
     * @param label the text shown for the link; stripped, and absent when blank
     * @return the changed copy
     */
    public Link withLabel(String label) {
        return new Link(url, Optional.of(requireNonNull(label, "label")), kind);
    }

    /**
     * Whether the URL is absolute http or https with a host, so that a browser can open it as it is.
     *
     * @return {@code false} for relative, {@code mailto:} and other non-web links
     */
    public boolean isWeb() {
        String scheme = url.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                && url.getHost() != null;
    }

    /**
     * A key under which two links to the same profile or page compare equal: lower-case host without
     * {@code www.}/{@code mobile.}, {@code x.com} as {@code twitter.com}, no scheme, no query, no fragment and no
     * trailing slash; profile paths of case-insensitive services (Twitter, GitHub, LinkedIn) lower-cased.
     *
     * @return {@code host/path} for a web link; the URL unchanged for any other
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
