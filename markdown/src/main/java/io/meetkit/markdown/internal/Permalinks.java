package io.meetkit.markdown.internal;

import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jekyll's and Hugo's permalink styles and templates. */
public final class Permalinks {

    private static final Map<String, String> JEKYLL_STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");
    private static final Pattern TOKEN = Pattern.compile(":([a-z_]+)");

    private Permalinks() {
    }

    public static String jekyll(String styleOrTemplate, String slug, Optional<ZonedDateTime> date, List<String> categories) {
        String template = JEKYLL_STYLES.getOrDefault(styleOrTemplate, styleOrTemplate);
        String cats = String.join("/", categories.stream().map(c -> c.toLowerCase(Locale.ROOT).replace(' ', '-'))
                .toList());
        String expanded = expand(template, token -> switch (token) {
            case "year" -> date.map(d -> String.format(Locale.ROOT, "%04d", d.getYear())).orElse("");
            case "short_year" -> date.map(d -> String.format(Locale.ROOT, "%02d", d.getYear() % 100)).orElse("");
            case "month" -> date.map(d -> String.format(Locale.ROOT, "%02d", d.getMonthValue())).orElse("");
            case "i_month" -> date.map(d -> Integer.toString(d.getMonthValue())).orElse("");
            case "day" -> date.map(d -> String.format(Locale.ROOT, "%02d", d.getDayOfMonth())).orElse("");
            case "i_day" -> date.map(d -> Integer.toString(d.getDayOfMonth())).orElse("");
            case "y_day" -> date.map(d -> String.format(Locale.ROOT, "%03d", d.getDayOfYear())).orElse("");
            case "hour" -> date.map(d -> String.format(Locale.ROOT, "%02d", d.getHour())).orElse("");
            case "minute" -> date.map(d -> String.format(Locale.ROOT, "%02d", d.getMinute())).orElse("");
            case "second" -> date.map(d -> String.format(Locale.ROOT, "%02d", d.getSecond())).orElse("");
            case "week" -> date.map(d -> String.format(Locale.ROOT, "%02d",
                    d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR))).orElse("");
            case "short_day" -> date.map(d -> d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT,
                    Locale.ENGLISH)).orElse("");
            case "title" -> slug;
            case "slug" -> urlize(slug);
            case "categories" -> cats;
            case "output_ext" -> ".html";
            default -> null;
        });
        return collapse(expanded);
    }

    public static String hugo(String template, String slug, String title, String section, Optional<ZonedDateTime> date,
                       String fileName) {
        String expanded = expand(template, token -> switch (token) {
            case "year" -> date.map(d -> String.format(Locale.ROOT, "%04d", d.getYear())).orElse("");
            case "month" -> date.map(d -> String.format(Locale.ROOT, "%02d", d.getMonthValue())).orElse("");
            case "monthname" -> date.map(d -> d.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                    Locale.ENGLISH).toLowerCase(Locale.ROOT)).orElse("");
            case "day" -> date.map(d -> String.format(Locale.ROOT, "%02d", d.getDayOfMonth())).orElse("");
            case "title" -> urlize(title);
            case "slug" -> urlize(slug);
            case "section", "sections" -> section;
            case "filename", "contentbasename" -> fileName;
            default -> null;
        });
        return collapse(expanded);
    }

    private static String expand(String template, java.util.function.Function<String, String> values) {
        Matcher m = TOKEN.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            // Longest known token first: ":title:output_ext" has two tokens side by side.
            String name = m.group(1);
            String value = values.apply(name);
            while (value == null && name.contains("_")) {
                name = name.substring(0, name.lastIndexOf('_'));
                value = values.apply(name);
            }
            if (value == null) {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
            } else {
                m.appendReplacement(sb, Matcher.quoteReplacement(value + m.group(1).substring(name.length())));
            }
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String collapse(String path) {
        String p = path.replaceAll("/{2,}", "/");
        return p.startsWith("/") ? p : "/" + p;
    }

    /** Lower-case, accents removed, runs of other characters as one hyphen, as Hugo's and Jekyll's slugs. */
    public static String urlize(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._~]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "post" : s;
    }
}
