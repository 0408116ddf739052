package io.meetkit.core;

/** How people attend an {@link Event}; mirrors schema.org's {@code EventAttendanceModeEnumeration}. */
public enum AttendanceMode {
    /** In person at a venue. */
    OFFLINE,
    /** Online only. */
    ONLINE,
    /** Both in person and online. */
    MIXED
}
