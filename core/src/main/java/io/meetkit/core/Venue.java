package io.meetkit.core;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;

/**
 * Where an event takes place. At least a name, a street address or a locality is known; everything else is
 * optional. Text components are stripped, and blank ones are absent.
 *
 * @param name          the place as written ("Acme Labs")
 * @param streetAddress street and number
 * @param locality      city or town
 * @param region        state or province
 * @param postalCode    postal code
 * @param country       country name or ISO code as written
 * @param geo           coordinates
 * @param url           the venue's own page or map link
 */
public record Venue(Optional<String> name, Optional<String> streetAddress, Optional<String> locality,
                    Optional<String> region, Optional<String> postalCode, Optional<String> country,
                    Optional<GeoPoint> geo, Optional<URI> url) {

    /**
     * Strips the text components, treating blank ones as absent.
     *
     * @param name          the place as written; stripped, absent when blank
     * @param streetAddress street and number; stripped, absent when blank
     * @param locality      city or town; stripped, absent when blank
     * @param region        state or province; stripped, absent when blank
     * @param postalCode    postal code; stripped, absent when blank
     * @param country       country name or ISO code; stripped, absent when blank
     * @param geo           coordinates, or {@link Optional#empty()}
     * @param url           the venue's page or map link, or {@link Optional#empty()}
     * @throws IllegalArgumentException if the venue has none of a name, a street address and a locality
     */
    public Venue {
        name = text(name, "name");
        streetAddress = text(streetAddress, "streetAddress");
        locality = text(locality, "locality");
        region = text(region, "region");
        postalCode = text(postalCode, "postalCode");
        country = text(country, "country");
        requireNonNull(geo, "geo");
        requireNonNull(url, "url");
        if (name.isEmpty() && locality.isEmpty() && streetAddress.isEmpty()) {
            throw new IllegalArgumentException("a venue needs a name, a street address or a locality");
        }
    }

    /**
     * A venue known only by its name.
     *
     * @param name the place as written; not blank
     * @return a venue with nothing else known
     */
    public static Venue named(String name) {
        return builder().name(name).build();
    }

    /**
     * A builder for a venue.
     *
     * @return a builder with nothing set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every component of this venue, for making a changed copy.
     *
     * @return a new builder; changing it does not change this venue
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name.orElse(null);
        b.streetAddress = streetAddress.orElse(null);
        b.locality = locality.orElse(null);
        b.region = region.orElse(null);
        b.postalCode = postalCode.orElse(null);
        b.country = country.orElse(null);
        b.geo = geo.orElse(null);
        b.url = url.orElse(null);
        return b;
    }

    /**
     * The venue as one line of text, for calendars and summaries.
     *
     * @return name, street, locality, region, postal code and country joined by ", ", skipping what is absent and
     *         any part already contained in the text before it ("Bangalore" after "IBM Bangalore")
     */
    public String displayText() {
        StringBuilder sb = new StringBuilder();
        for (Optional<String> part : java.util.List.of(name, streetAddress, locality, region, postalCode, country)) {
            part.ifPresent(p -> {
                if (sb.indexOf(p) < 0) {
                    if (sb.length() > 0) {
                        sb.append(", ");
                    }
                    sb.append(p);
                }
            });
        }
        return sb.toString();
    }

    private static Optional<String> text(Optional<String> value, String field) {
        return requireNonNull(value, field).map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * Builds a {@link Venue}; unset fields are absent. Setters reject {@code null}; whether the venue has a name, a
     * street address or a locality is checked by {@link #build()}. A builder is mutable and not thread-safe.
     */
    public static final class Builder {
        private String name;
        private String streetAddress;
        private String locality;
        private String region;
        private String postalCode;
        private String country;
        private GeoPoint geo;
        private URI url;

        private Builder() {
        }

        /**
         * The place as written ("Acme Labs").
         *
         * @param name stripped, and absent when blank
         * @return this builder
         */
        public Builder name(String name) {
            this.name = requireNonNull(name, "name");
            return this;
        }

        /**
         * The street and number.
         *
         * @param streetAddress stripped, and absent when blank
         * @return this builder
         */
        public Builder streetAddress(String streetAddress) {
            this.streetAddress = requireNonNull(streetAddress, "streetAddress");
            return this;
        }

        /**
         * The city or town.
         *
         * @param locality stripped, and absent when blank
         * @return this builder
         */
        public Builder locality(String locality) {
            this.locality = requireNonNull(locality, "locality");
            return this;
        }

        /**
         * The state or province.
         *
         * @param region stripped, and absent when blank
         * @return this builder
         */
        public Builder region(String region) {
            this.region = requireNonNull(region, "region");
            return this;
        }

        /**
         * The postal code, as written.
         *
         * @param postalCode stripped, and absent when blank
         * @return this builder
         */
        public Builder postalCode(String postalCode) {
            this.postalCode = requireNonNull(postalCode, "postalCode");
            return this;
        }

        /**
         * The country, by name or ISO code as written.
         *
         * @param country stripped, and absent when blank
         * @return this builder
         */
        public Builder country(String country) {
            this.country = requireNonNull(country, "country");
            return this;
        }

        /**
         * The venue's coordinates.
         *
         * @param geo the WGS 84 position
         * @return this builder
         */
        public Builder geo(GeoPoint geo) {
            this.geo = requireNonNull(geo, "geo");
            return this;
        }

        /**
         * The venue's own page or a map link.
         *
         * @param url an absolute or site-relative URL
         * @return this builder
         */
        public Builder url(URI url) {
            this.url = requireNonNull(url, "url");
            return this;
        }

        /**
         * Builds the venue from the values set so far; the builder can be used again.
         *
         * @return a new venue
         * @throws IllegalArgumentException if the venue has none of a name, a street address and a locality
         */
        public Venue build() {
            return new Venue(Optional.ofNullable(name), Optional.ofNullable(streetAddress),
                    Optional.ofNullable(locality), Optional.ofNullable(region), Optional.ofNullable(postalCode),
                    Optional.ofNullable(country), Optional.ofNullable(geo), Optional.ofNullable(url));
        }
    }
}
