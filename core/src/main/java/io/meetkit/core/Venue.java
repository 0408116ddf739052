package io.meetkit.core;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;

/**
 * Where an event takes place. At least a name or a locality is known; everything else is optional.
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

    /** A venue known only by its name. */
    public static Venue named(String name) {
        return builder().name(name).build();
    }

    public static Builder builder() {
        return new Builder();
    }

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

    /** Name, street, locality, region, postal code and country joined by ", ", skipping what is absent. */
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

    /** Builds a {@link Venue}; unset fields are absent. */
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

        public Builder name(String name) {
            this.name = requireNonNull(name, "name");
            return this;
        }

        public Builder streetAddress(String streetAddress) {
            this.streetAddress = requireNonNull(streetAddress, "streetAddress");
            return this;
        }

        public Builder locality(String locality) {
            this.locality = requireNonNull(locality, "locality");
            return this;
        }

        public Builder region(String region) {
            this.region = requireNonNull(region, "region");
            return this;
        }

        public Builder postalCode(String postalCode) {
            this.postalCode = requireNonNull(postalCode, "postalCode");
            return this;
        }

        public Builder country(String country) {
            this.country = requireNonNull(country, "country");
            return this;
        }

        public Builder geo(GeoPoint geo) {
            this.geo = requireNonNull(geo, "geo");
            return this;
        }

        public Builder url(URI url) {
            this.url = requireNonNull(url, "url");
            return this;
        }

        public Venue build() {
            return new Venue(Optional.ofNullable(name), Optional.ofNullable(streetAddress),
                    Optional.ofNullable(locality), Optional.ofNullable(region), Optional.ofNullable(postalCode),
                    Optional.ofNullable(country), Optional.ofNullable(geo), Optional.ofNullable(url));
        }
    }
}
