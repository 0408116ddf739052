package io.meetkit.core;

import java.net.URI;
import java.util.Locale;

/** What a {@link Link} points at, as far as its URL tells. */
public enum LinkKind {
    TWITTER, LINKEDIN, GITHUB, MASTODON, YOUTUBE, MEETUP, DISCORD, TELEGRAM, FACEBOOK, MAILING_LIST, EMAIL,
    SLIDES, VIDEO, WEBSITE, OTHER;

    /**
     * Detects the kind from the URL alone: the host for well-known services ({@code x.com} and
     * {@code twitter.com} are both {@link #TWITTER}), {@code mailto:} for {@link #EMAIL}, mailing-list paths
     * ({@code /mailman/}, {@code groups.google.com}), slide and video hosts, and Mastodon's {@code /@user} form.
     * Any other http(s) URL is {@link #WEBSITE}; anything else {@link #OTHER}.
     */
    public static LinkKind detect(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("mailto")) {
            return EMAIL;
        }
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        } else if (host.startsWith("m.") || host.startsWith("mobile.")) {
            host = host.substring(host.indexOf('.') + 1);
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath().toLowerCase(Locale.ROOT);
        if (host.equals("twitter.com") || host.equals("x.com")) {
            return TWITTER;
        }
        if (host.equals("linkedin.com") || host.endsWith(".linkedin.com")) {
            return LINKEDIN;
        }
        if (host.equals("github.com")) {
            return GITHUB;
        }
        if (host.equals("gist.github.com") || host.endsWith(".github.io") && path.contains("slides")) {
            return host.equals("gist.github.com") ? OTHER : SLIDES;
        }
        if (host.equals("youtube.com") || host.equals("youtu.be") || host.equals("vimeo.com")) {
            return host.equals("vimeo.com") ? VIDEO : YOUTUBE;
        }
        if (host.equals("meetup.com") || host.equals("meetu.ps")) {
            return MEETUP;
        }
        if (host.equals("discord.gg") || host.equals("discord.com") || host.equals("discordapp.com")) {
            return DISCORD;
        }
        if (host.equals("t.me") || host.equals("telegram.me")) {
            return TELEGRAM;
        }
        if (host.equals("facebook.com") || host.equals("fb.com")) {
            return FACEBOOK;
        }
        if (path.contains("/mailman/") || path.contains("/mailman3/") || host.equals("groups.google.com")
                || host.startsWith("lists.") || host.startsWith("mail.") && path.contains("list")) {
            return MAILING_LIST;
        }
        if (host.equals("speakerdeck.com") || host.equals("slideshare.net") || host.endsWith(".slideshare.net")
                || host.equals("slides.com") || host.equals("docs.google.com") && path.startsWith("/presentation")) {
            return SLIDES;
        }
        if (host.equals("youtube-nocookie.com") || host.equals("twitch.tv") || host.equals("loom.com")) {
            return VIDEO;
        }
        if (path.startsWith("/@") && !path.startsWith("/@/")) {
            return MASTODON;
        }
        if (scheme.equals("http") || scheme.equals("https")) {
            return WEBSITE;
        }
        return OTHER;
    }

    /** Whether a link of this kind names a person or a group on a social service (a profile, not a document). */
    public boolean isProfile() {
        return switch (this) {
            case TWITTER, LINKEDIN, GITHUB, MASTODON, FACEBOOK -> true;
            default -> false;
        };
    }
}
