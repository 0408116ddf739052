package io.meetkit.markdown;

import static java.util.Objects.requireNonNull;

import io.meetkit.core.Site;
import java.util.List;

/**
 * What one reading of a scan found, for a one-screen overview of a site such as {@code meetup inspect}: the
 * generator whose rules were applied, the site its configuration describes, those rules, and every top-level
 * front-matter key the posts use, with how many posts use it and whether meetkit reads it.
 *
 * @param generator   the generator's name, as {@link SiteScan#generator()}
 * @param site        the site of the first path scanned
 * @param conventions the generator's rules as applied, one short line each
 * @param posts       how many files were read
 * @param failed      how many gave no post or an error
 * @param datedEvents how many posts gave an event with a date or time
 * @param keys        the keys, most used first, then by name
 */
public record SiteOverview(String generator, Site site, List<String> conventions, int posts, int failed,
                           int datedEvents, List<KeyUse> keys) {

    /**
     * Checks the values and copies the lists.
     *
     * @param generator   the generator's name
     * @param site        the site of the first path scanned
     * @param conventions the generator's rules as applied
     * @param posts       how many files were read
     * @param failed      how many gave no post or an error
     * @param datedEvents how many posts gave a dated event
     * @param keys        the front-matter keys used
     */
    public SiteOverview {
        requireNonNull(generator, "generator");
        requireNonNull(site, "site");
        conventions = List.copyOf(conventions);
        keys = List.copyOf(keys);
    }

    /**
     * One front-matter key.
     *
     * @param key   the key as written
     * @param posts how many posts have it
     * @param read  whether meetkit looked it up while reading at least one of them; false means it is ignored
     */
    public record KeyUse(String key, int posts, boolean read) {

        /**
         * Checks that the key is given.
         *
         * @param key   the key as written
         * @param posts how many posts have it
         * @param read  whether meetkit read it
         */
        public KeyUse {
            requireNonNull(key, "key");
        }
    }
}
