package io.meetkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meetkit.core.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteResultTest {

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> new WriteResult(-1, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WriteResult(0, -1, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDiagnosticsAreACopy() {
        List<Diagnostic> given = new ArrayList<>(List.of(Diagnostic.warning("a.md", 1, 1, "left out")));
        WriteResult result = new WriteResult(1, 0, given);
        given.clear();
        assertThat(result.diagnostics()).hasSize(1);
    }
}
