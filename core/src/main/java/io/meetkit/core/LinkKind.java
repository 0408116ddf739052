package io.meetkit.core;

import java.net.URI;
import java.util.Locale;

/** What a {@link Link} points at, as far as its URL tells. */
public enum LinkKind {
    /** A Twitter or X page, on {@code twitter.com} or {@code x.com}. */
    TWITTER,
    /** A LinkedIn profile or page. */
    LINKEDIN,
    /** A GitHub user, organisation or repository on {@code github.com} (gists are {@link #OTHER}). */
    GITHUB,
    /** A Mastodon (or other fediverse) profile, recognised by its {@code /@user} path on any host. */
    MASTODON,
    /** A YouTube video or channel, on {@code youtube.com} or {@code youtu.be}. */
    YOUTUBE,
    /** A Meetup group or event page. */
    MEETUP,
    /** A Discord server invite or channel. */
    DISCORD,
    /** A Telegram group or channel, on {@code t.me} or {@code telegram.me}. */
    TELEGRAM,
    /** A Facebook page or group. */
    FACEBOOK,
    /** A mailing list: Mailman, Google Groups or a {@code lists.} host. */
    MAILING_LIST,
    /** A {@code mailto:} address. */
    EMAIL,
    /** Slides on Speaker Deck, SlideShare, slides.com, Google Slides, or a GitHub Pages path with "slides". */
    SLIDES,
    /** A video on a host other than YouTube: Vimeo, Twitch, Loom or YouTube's no-cookie embed. */
    VIDEO,
    /** Any other absolute http or https page. */
    WEBSITE,
    /** Anything else: relative links, other schemes, gists. */
    OTHER;

    /**
     * Detects the kind from the URL alone: the host for well-known services ({@code x.com} and
     * {@code twitter.com} are both {@link #TWITTER}), {@code mailto:} for {@link #EMAIL}, mailing-list paths
     * ({@code /mailman/}, {@code groups.google.com}), slide and video hosts, and Mastodon's {@code /@user} form.
     * Any other http(s) URL is {@link #WEBSITE}; anything else {@link #OTHER}.
     *
     * @param url the URL, absolute or relative
     * @return its kind; never {@code null}
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

    /**
     * Whether a link of this kind names a person or a group on a social service (a profile, not a document).
     *
     * @return {@code true} for Twitter, LinkedIn, GitHub, Mastodon and Facebook
     */
    public boolean isProfile() {
        return switch (this) {
            case TWITTER, LINKEDIN, GITHUB, MASTODON, FACEBOOK -> true;
            default -> false;
        };
    }
}
