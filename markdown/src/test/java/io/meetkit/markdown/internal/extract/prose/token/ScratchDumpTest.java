package io.meetkit.markdown.internal.extract.prose.token;

import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.TalkFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        String files = System.getProperty("dump", "");
        for (String f : files.split(",")) {
            if (f.isBlank()) continue;
            String text = Files.readString(Path.of(f));
            String body = text;
            String[] fences = {"---", "+++"};
            for (String fence : fences) {
                if (text.startsWith(fence)) {
                    int end = text.indexOf("\n" + fence, 3);
                    body = text.substring(end + 4);
                }
            }
            List<ProseBlock> blocks = Prose.blocks(body);
            System.out.println("== " + f);
            if (Boolean.getBoolean("blocks")) for (ProseBlock b : blocks) System.out.println("  BLOCK " + b.kind() + " L" + b.line() + " lead=" + b.leadIn() + " | " + b.text().replace("\n", "\\n") + " spans=" + b.spans());
            for (var c : TokenTalkReader.read(blocks, new RuleContext(Set.of()))) {
                System.out.println("  TOKEN " + c);
            }
            for (var d : TalkFinder.find(blocks, Set.of(), Set.of())) {
                System.out.println("  FINDER " + d.title() + " " + d);
            }
        }
    }
}
