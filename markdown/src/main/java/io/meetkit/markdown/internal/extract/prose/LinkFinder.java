package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.core.Link;
import io.meetkit.core.LinkKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sorts a post's links into the group's standing channels (a "follow us" list, the mailing list, chat invites, the
 * group's Meetup page) and this event's own pages (its Meetup event, RSVP, photos, feedback form).
 */
public final class LinkFinder {

    private static final Pattern FOLLOW = Pattern.compile("(?i)\\b(follow|stay (?:tuned|updated|connected|involved"
            + "|in touch)|join|connect with|find (?:us|them)|keep in touch|subscribe|reach (?:us|out)|don'?t miss"
            + "|not miss|social (?:channels|media)|community links)\\b");
    private static final Pattern EVENT_TEXT = Pattern.compile("(?i)\\b(rsvp|register|registration|photos?|album"
            + "|pictures|feedback|tickets?|recording|playlist)\\b");

    private LinkFinder() {
    }

    /** The group's channels, labelled, in order of first appearance. */
    public static List<Link> community(List<ProseBlock> blocks, Optional<String> groupName) {
        Map<String, Link> out = new LinkedHashMap<>();
        for (ProseBlock b : blocks) {
            boolean followContext = b.kind() == ProseBlock.Kind.ITEM && mayFollow(b.leadIn())
                    && FOLLOW.matcher(b.leadIn()).find()
                    || b.kind() != ProseBlock.Kind.CODE && mayFollow(b.text()) && FOLLOW.matcher(b.text()).find()
                    && !isNextEvent(b.text());
            for (Span s : b.links()) {
                Optional<Link> parsed = parse(s.url());
                if (parsed.isEmpty()) {
                    continue;
                }
                Link link = parsed.get();
                String text = s.textIn(b.text()).strip();
                boolean eventPage = isEventPage(link);
                boolean channel = link.kind() == LinkKind.MAILING_LIST || link.kind() == LinkKind.DISCORD
                        || link.kind() == LinkKind.TELEGRAM
                        || link.kind() == LinkKind.MEETUP && isGroupPage(link, groupName)
                        || groupName.filter(g -> g.equalsIgnoreCase(text)).isPresent()
                        && (link.kind() == LinkKind.YOUTUBE || link.kind().isProfile());
                boolean person = Names.isProfileUrl(s.url()) && Names.isPersonName(text, java.util.Set.of());
                if (!eventPage && !person && (channel || followContext && link.isWeb()
                        && !EVENT_TEXT.matcher(text).find())) {
                    out.putIfAbsent(link.identity(), link.withLabel(label(link, text)));
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** This event's own pages, in order: Meetup event pages, RSVP, photos and feedback links. */
    public static List<Link> eventLinks(List<ProseBlock> blocks) {
        Map<String, Link> out = new LinkedHashMap<>();
        for (ProseBlock b : blocks) {
            for (Sentence sentence : Sentence.split(b)) {
                if (isNextEvent(sentence.text())) {
                    continue;
                }
                for (Span s : sentence.spans()) {
                    if (s.kind() != Span.Kind.LINK) {
                        continue;
                    }
                    String text = s.textIn(sentence.text()).strip();
                    Optional<Link> parsed = parse(s.url());
                    if (parsed.isEmpty()) {
                        continue;
                    }
                    Link link = parsed.get();
                    String sentenceText = sentence.text().toLowerCase(Locale.ROOT);
                    if (isEventPage(link) || EVENT_TEXT.matcher(text).find()
                            || sentenceText.contains("feedback") && link.isWeb()
                            || link.url().toString().contains("/photos/")) {
                        out.putIfAbsent(link.url().toString(), text.isEmpty() ? link : link.withLabel(text));
                    }
                }
            }
        }
        return List.copyOf(out.values());
    }

    // Compiled once; String.matches compiled them for every link of every post.
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
    private static final Pattern NEXT_EVENT = Pattern.compile("\\b(next|upcoming|future) (meetup|event|session)s?\\b");
    private static final Pattern FOLLOW_OR_JOIN = Pattern.compile("\\b(follow|join|stay|subscribe)\\b");

    private static final Pattern EVENT_PAGE = Pattern.compile(
            "(?:https?://)?(?:www\\.)?meetup\\.com/[^/]+/events/\\d+");

    /** Whether {@code text} has a word FOLLOW needs; the pattern is slow and most paragraphs have none. */
    private static boolean mayFollow(String text) {
        return Hints.containsAny(Hints.lower(text), "follow", "stay", "join", "connect", "find", "touch",
                "subscribe", "reach", "miss", "social", "community links");
    }

    private static boolean isNextEvent(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return Hints.containsAny(lower, "next", "upcoming", "future") && NEXT_EVENT.matcher(lower).find() && !FOLLOW_OR_JOIN.matcher(lower).find();
    }

    /** Whether the link is a Meetup event page, schemeless or not. */
    public static boolean isEventPage(Link link) {
        String u = link.url().toString().toLowerCase(Locale.ROOT);
        return EVENT_PAGE.matcher(u).lookingAt() || u.contains("lu.ma/")
                || u.contains("eventbrite.");
    }

    private static boolean isGroupPage(Link link, Optional<String> groupName) {
        String path = link.url().getRawPath() == null ? "" : Trim.end(link.url().getRawPath(), "/", false, false);
        String[] segs = path.isEmpty() ? new String[0] : path.substring(1).split("/");
        if (segs.length != 1) {
            return false;
        }
        String slug = NOT_ALNUM.matcher(segs[0].toLowerCase(Locale.ROOT)).replaceAll("");
        return groupName.map(g -> NOT_ALNUM.matcher(g.toLowerCase(Locale.ROOT)).replaceAll(""))
                .filter(g -> !g.isEmpty() && (slug.contains(g) || g.contains(slug))).isPresent();
    }

    private static String label(Link link, String text) {
        String kind = switch (link.kind()) {
            case TWITTER -> "Twitter";
            case DISCORD -> "Discord";
            case MEETUP -> "Meetup";
            case MAILING_LIST -> "Mailing list";
            case TELEGRAM -> "Telegram";
            case YOUTUBE -> "YouTube";
            case LINKEDIN -> "LinkedIn";
            case GITHUB -> "GitHub";
            case FACEBOOK -> "Facebook";
            case MASTODON -> "Mastodon";
            case EMAIL -> "Email";
            default -> null;
        };
        if (kind != null) {
            return kind;
        }
        return text.isEmpty() || text.startsWith("http") ? link.url().getHost() == null ? link.url().toString()
                : link.url().getHost() : text;
    }

    private static Optional<Link> parse(String url) {
        try {
            URI uri = Link.parseUri(url);
            return Optional.of(Link.of(uri));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Every link URL in the blocks, as written. */
    public static List<String> all(List<ProseBlock> blocks) {
        List<String> out = new ArrayList<>();
        for (ProseBlock b : blocks) {
            for (Span s : b.links()) {
                out.add(s.url());
            }
        }
        return out;
    }
}
