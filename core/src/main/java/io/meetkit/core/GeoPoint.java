package io.meetkit.core;

/**
 * A WGS 84 position.
 *
 * @param latitude  degrees, -90 to 90
 * @param longitude degrees, -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {
    /**
     * Checks that both coordinates are in range.
     *
     * @param latitude  degrees, -90 to 90
     * @param longitude degrees, -180 to 180
     * @throws IllegalArgumentException if a coordinate is out of range or NaN
     */
    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be within [-90, 90], was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be within [-180, 180], was " + longitude);
        }
    }
}
