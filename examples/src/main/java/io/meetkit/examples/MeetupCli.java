package io.meetkit.examples;

/** The {@code meetup} command-line tool. */
public final class MeetupCli {

    private MeetupCli() {
    }

    public static void main(String[] args) {
        System.exit(2);
    }
}
