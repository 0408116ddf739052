package io.meetkit.markdown.internal;

import io.meetkit.core.Diagnostic;

/**
 * What becomes of a failure of meetkit itself while one file is read: a positioned error for that file, so that a
 * bug or one pathological post costs that post and never the batch.
 */
public final class InternalFailure {

    private InternalFailure() {
    }

    /**
     * Whether {@code failure} is contained to the file it happened in. Everything is, except errors that mean the
     * JVM itself can no longer be trusted ({@link VirtualMachineError}s other than the two a single input can cause)
     * and a thread being stopped. A {@link StackOverflowError} has unwound its stack when it is caught, and an
     * {@link OutOfMemoryError} caught here has left that file's objects unreachable, so the next file can be read;
     * if the heap is truly exhausted, building the diagnostic fails too and the error goes on up.
     */
    public static boolean isContained(Throwable failure) {
        if (failure instanceof StackOverflowError || failure instanceof OutOfMemoryError) {
            return true;
        }
        return !(failure instanceof VirtualMachineError) && !(failure instanceof ThreadDeath);
    }

    /**
     * The error reported for {@code source} in place of its post. It names only the failure's class: its message
     * may quote the file, and the stack trace is for a bug report, not for the user.
     */
    public static Diagnostic diagnostic(String source, Throwable failure) {
        String kind = failure.getClass().getSimpleName();
        if (failure instanceof OutOfMemoryError) {
            return Diagnostic.error(source, 1, 1, "not enough memory to read this file (" + kind
                    + "); it was skipped, give Java more memory (-Xmx) to read it");
        }
        return Diagnostic.error(source, 1, 1, "internal error while reading this file (" + kind
                + "); please report it");
    }

    /** Rethrows {@code failure} when it is not {@linkplain #isContained contained}. */
    public static void rethrowIfFatal(Throwable failure) {
        if (!isContained(failure)) {
            if (failure instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(failure);
        }
    }
}
