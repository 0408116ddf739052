package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.core.Link;
import io.meetkit.core.LinkKind;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sorts a post's links into the group's standing channels (a "follow us" list, the mailing list, chat invites, the
 * group's Meetup page) and this event's own pages (its Meetup event, RSVP, photos, feedback form).
 *
 * <p>Read from tokens: a block invites to the group's channels when it (or, for a list item, the paragraph before
 * its list) holds a phrase of {@link WordClass#FOLLOW_CUE} ("Follow us on Twitter", "Stay in touch:"), and a link
 * is this event's when its text holds a word of {@link WordClass#EVENT_PAGE_WORD} ("[RSVP here](…)", "[photos](…)").
 * A block or sentence about a later event ({@link WordClass#LATER_EVENT}: "RSVP for our next meetup") gives none,
 * unless it asks to follow or join ({@link WordClass#JOIN_WORD}). Blocks and sentences without links are skipped
 * before anything is read. No regular expression is used.
 */
public final class LinkFinder {

    private static final Phrases FOLLOW = Phrases.of(WordClass.FOLLOW_CUE);
    private static final Phrases EVENT_TEXT = Phrases.of(WordClass.EVENT_PAGE_WORD);
    private static final Phrases LATER_EVENT = Phrases.of(WordClass.LATER_EVENT);
    private static final Phrases JOIN = Phrases.of(WordClass.JOIN_WORD);

    private LinkFinder() {
    }

    /** The group's channels, labelled, in order of first appearance. */
    public static List<Link> community(List<ProseBlock> blocks, Optional<String> groupName) {
        Map<String, Link> out = new LinkedHashMap<>();
        Map<String, Boolean> followLeadIns = new HashMap<>();
        for (ProseBlock b : blocks) {
            if (!b.has(Span.Kind.LINK)) {
                continue;
            }
            boolean followContext = b.kind() == ProseBlock.Kind.ITEM && followLeadIns.computeIfAbsent(b.leadIn(),
                    leadIn -> FOLLOW.in(tokens(leadIn)))
                    || b.kind() != ProseBlock.Kind.CODE && FOLLOW.in(b.tokens()) && !isNextEvent(b.tokens());
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
                        && !EVENT_TEXT.in(tokensIn(b, s)))) {
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
            if (!b.has(Span.Kind.LINK)) {
                continue;
            }
            for (Sentence sentence : Sentence.split(b)) {
                if (!sentence.hasLink() || isNextEvent(sentence.tokens())) {
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
                    Span inBlock = new Span(s.kind(), s.start() + sentence.start(), s.end() + sentence.start(), s.url());
                    if (isEventPage(link) || EVENT_TEXT.in(tokensIn(b, inBlock))
                            || link.isWeb() && sentence.text().toLowerCase(Locale.ROOT).contains("feedback")
                            || link.url().toString().contains("/photos/")) {
                        out.putIfAbsent(link.url().toString(), text.isEmpty() ? link : link.withLabel(text));
                    }
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** The tokens of a text that is not a block's: a list item's lead-in. */
    private static List<Token> tokens(String text) {
        return text.isEmpty() ? List.of() : new ProseBlock(ProseBlock.Kind.PARAGRAPH, 0, text, 1, List.of(), -1, "",
                "", Optional.empty()).tokens();
    }

    /** The block's tokens inside the span. */
    private static List<Token> tokensIn(ProseBlock b, Span span) {
        List<Token> all = b.tokens();
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int to = lo;
        while (to < all.size() && all.get(to).end() <= span.end()) {
            to++;
        }
        return all.subList(lo, to);
    }

    /** Whether the text speaks of a later event ("our next meetup") without asking to follow or join. */
    private static boolean isNextEvent(List<Token> tokens) {
        return LATER_EVENT.in(tokens) && !JOIN.in(tokens);
    }

    /** Whether the link is a Meetup event page, schemeless or not. */
    public static boolean isEventPage(Link link) {
        String u = link.url().toString().toLowerCase(Locale.ROOT);
        return isMeetupEventPage(u) || u.contains("lu.ma/") || u.contains("eventbrite.");
    }

    /** "https://www.meetup.com/GROUP/events/123…", with or without the scheme and "www.". */
    private static boolean isMeetupEventPage(String u) {
        int i = u.startsWith("https://") ? 8 : u.startsWith("http://") ? 7 : 0;
        if (u.startsWith("www.", i)) {
            i += 4;
        }
        if (!u.startsWith("meetup.com/", i)) {
            return false;
        }
        i += "meetup.com/".length();
        int slash = u.indexOf('/', i);
        return slash > i && u.startsWith("/events/", slash) && slash + 8 < u.length()
                && Character.isDigit(u.charAt(slash + 8));
    }

    private static boolean isGroupPage(Link link, Optional<String> groupName) {
        String path = link.url().getRawPath() == null ? "" : Trim.end(link.url().getRawPath(), "/", false, false);
        List<String> segs = path.isEmpty() ? List.of() : CharSplit.of(path.substring(1), '/');
        if (segs.size() != 1) {
            return false;
        }
        String slug = alphanumerics(segs.get(0));
        return groupName.map(LinkFinder::alphanumerics)
                .filter(g -> !g.isEmpty() && (slug.contains(g) || g.contains(slug))).isPresent();
    }

    /** The ASCII letters and digits of {@code text}, lower case: "Lakeside-Python" gives "lakesidepython". */
    private static String alphanumerics(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
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
        return ParsedUrls.link(url);
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
