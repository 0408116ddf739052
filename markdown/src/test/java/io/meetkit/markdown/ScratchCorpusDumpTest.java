package io.meetkit.markdown;

import io.meetkit.core.Event;
import io.meetkit.core.Post;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScratchCorpusDumpTest {
    @Test
    void dump() throws Exception {
        String outFile = System.getProperty("corpusdump", "");
        if (outFile.isEmpty()) return;
        Path corpus = Path.of("/work/shared/corpus");
        List<Path> sites;
        try (Stream<Path> s = Files.list(corpus)) {
            sites = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("labels")
                    && !p.getFileName().toString().equals("sources")).sorted().toList();
        }
        PostParser parser = PostParser.create();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(outFile)))) {
            for (Path site : sites) {
                for (ParseResult r : parser.scan(site)) {
                    if (r.post().isEmpty()) continue;
                    Post p = r.post().get();
                    String src = p.source().replace("/work/shared/corpus/", "");
                    if (p.event().isEmpty()) { w.println(src + " | NO EVENT"); continue; }
                    Event e = p.event().get();
                    w.println(src + " | EVENT " + e.time().map(Object::toString).orElse("-") + " | venue " + e.venue().flatMap(v -> v.name()).orElse("-"));
                    for (Talk t : e.talks()) {
                        w.println(src + " |   TALK " + t.kind() + " | " + t.title().orElse("-") + " | " + t.speakers().stream().map(Speaker::name).toList());
                    }
                }
            }
        }
    }
}
