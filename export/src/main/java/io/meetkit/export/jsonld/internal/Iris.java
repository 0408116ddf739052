package io.meetkit.export.jsonld.internal;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Makes the URLs of a post absolute http(s) IRIs, or says they cannot be. Not API. */
public final class Iris {
    private Iris() {
    }

    /** Whether {@code uri} is absolute http or https with a host. */
    public static boolean isWeb(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null) {
            return false;
        }
        String s = scheme.toLowerCase(Locale.ROOT);
        return (s.equals("http") || s.equals("https")) && hasHost(uri);
    }

    /**
     * Whether {@code uri} names a host. {@link URI#getHost()} knows only ASCII host names, so an internationalised
     * one ({@code https://bücher.example/}, a valid IRI) counts when it converts to an ASCII (punycode) name.
     */
    private static boolean hasHost(URI uri) {
        if (uri.getHost() != null) {
            return !uri.getHost().isEmpty();
        }
        String authority = uri.getAuthority();
        if (authority == null) {
            return false;
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int port = host.lastIndexOf(':');
        if (port >= 0 && host.substring(port + 1).chars().allMatch(Character::isDigit)) {
            host = host.substring(0, port);
        }
        if (host.isEmpty() || host.chars().allMatch(c -> c < 0x80)) {
            return false; // an ASCII host java.net.URI refused is not a host name
        }
        try {
            return !IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).isEmpty();
        } catch (IllegalArgumentException notAHostName) {
            return false;
        }
    }

    /**
     * {@code uri} as an absolute http(s) IRI: as is when it already is one, resolved against {@code base} when it is
     * relative (a path starting with {@code /} is taken below the base's path, as Jekyll's {@code baseurl} is),
     * {@code https:} added to a scheme-relative {@code //host/path}; empty for any other scheme
     * ({@code javascript:}, {@code mailto:}) or a relative URL without a base.
     */
    public static Optional<String> resolve(URI uri, Optional<URI> base) {
        if (uri.isOpaque()) {
            return Optional.empty();
        }
        if (uri.getScheme() != null) {
            return isWeb(uri) ? Optional.of(uri.toString()) : Optional.empty();
        }
        String raw = uri.toString();
        if (raw.startsWith("//")) {
            URI https = URI.create("https:" + raw);
            return isWeb(https) ? Optional.of(https.toString()) : Optional.empty();
        }
        if (base.isEmpty()) {
            return Optional.empty();
        }
        String root = withoutTrailingSlash(base.get().toString());
        URI resolved = raw.startsWith("/") ? URI.create(root + raw) : URI.create(root + "/").resolve(uri);
        return isWeb(resolved) ? Optional.of(resolved.normalize().toString()) : Optional.empty();
    }

    /** {@code text} without trailing slashes. */
    public static String withoutTrailingSlash(String text) {
        String s = text;
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
