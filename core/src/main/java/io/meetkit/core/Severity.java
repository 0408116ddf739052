package io.meetkit.core;

import java.util.Locale;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
    /** Something was read in a way the author may not have meant; the result is still usable. */
    WARNING,
    /** Something could not be read; the value it concerns is missing from the result. */
    ERROR;

    /**
     * The word used in {@code FILE:LINE:COL: severity: message} lines.
     *
     * @return the constant's name in lower case, independent of the default locale
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
