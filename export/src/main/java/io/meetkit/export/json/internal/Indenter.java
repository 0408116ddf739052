package io.meetkit.export.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * Pretty printing with a fixed {@code "\n"} line end (never the platform's, so output is the same everywhere),
 * {@code ": "} between name and value, and {@code {}} / {@code []} for empty containers. Keeps the nesting depth,
 * so a new instance is needed for each generator.
 */
final class Indenter implements PrettyPrinter {
    private final String unit;
    private int depth;

    Indenter(int spaces) {
        this.unit = " ".repeat(spaces);
    }

    private void newLine(JsonGenerator g) {
        g.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            g.writeRaw(unit);
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
        newLine(g);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
        g.writeRaw(',');
        newLine(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
        depth--;
        if (entries > 0) {
            newLine(g);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        newLine(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
        g.writeRaw(',');
        newLine(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
        depth--;
        if (values > 0) {
            newLine(g);
        }
        g.writeRaw(']');
    }
}
