package io.meetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * Opens the jars the build packaged (the shaded {@code meetup.jar} and each module's plain jar) and checks that each
 * carries the licences it must: meetkit's LICENSE and NOTICE everywhere, and in the shaded jar the licence of every
 * bundled library that is not Apache-2.0.
 */
class PackagedJarsIT {

    private static final List<Path> JARS = Arrays.stream(System.getProperty("meetkit.jars", "").split(","))
            .filter(s -> !s.isBlank()).map(Path::of).toList();

    @Test
    void everyJarCarriesMeetkitsLicenceAndNotice() throws IOException {
        assertThat(JARS).hasSize(5);
        for (Path jar : JARS) {
            assertThat(jar).as("built jar").isRegularFile();
            try (JarFile file = new JarFile(jar.toFile())) {
                assertThat(text(file, "META-INF/LICENSE")).as(jar + " LICENSE")
                        .contains("Apache License").contains("Version 2.0");
                assertThat(text(file, "META-INF/NOTICE")).as(jar + " NOTICE").contains("meetkit");
            }
        }
    }

    @Test
    void theShadedToolCarriesTheLicencesOfWhatItBundles() throws IOException {
        Path meetup = JARS.stream().filter(p -> p.getFileName().toString().equals("meetup.jar")).findFirst()
                .orElseThrow();
        try (JarFile file = new JarFile(meetup.toFile())) {
            assertThat(file.getEntry("org/commonmark/parser/Parser.class")).as("commonmark is bundled").isNotNull();
            assertThat(text(file, "META-INF/licenses/commonmark-java-LICENSE.txt"))
                    .contains("Redistribution and use in source and binary forms");
            assertThat(file.getEntry("org/nibor/autolink/LinkExtractor.class")).as("autolink is bundled")
                    .isNotNull();
            assertThat(text(file, "META-INF/licenses/autolink-java-LICENSE.txt")).contains("MIT License")
                    .contains("Permission is hereby granted");
            assertThat(text(file, "META-INF/THIRD-PARTY.txt")).contains("commonmark-java").contains("picocli")
                    .contains("snakeyaml-engine").contains("Jackson");
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(MeetupCli.class.getName());
        }
    }

    @Test
    void thePlainToolJarNamesItsMainClassSoItRunsFromItsCoordinates() throws IOException {
        Path plain = JARS.stream().filter(p -> p.getFileName().toString().startsWith("meetkit-examples-"))
                .findFirst().orElseThrow();
        try (JarFile file = new JarFile(plain.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(MeetupCli.class.getName());
        }
    }

    private static String text(JarFile file, String name) throws IOException {
        ZipEntry entry = file.getEntry(name);
        assertThat(entry).as(file.getName() + " has " + name).isNotNull();
        try (InputStream in = file.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
