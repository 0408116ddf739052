package io.meetkit.export.jsonld.internal;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** Streams an {@link LdObject} tree to a {@link Writer} with Jackson's generator. Immutable and thread-safe. Not API. */
public final class JsonEmitter {
    private final JsonFactory factory;
    private final boolean pretty;

    /**
     * @param pretty   indent with two spaces and {@code \n} line ends (never the platform's), else one line
     * @param htmlSafe escape {@code <}, {@code >}, {@code &}, U+2028 and U+2029 (see {@link HtmlSafeEscapes})
     */
    public JsonEmitter(boolean pretty, boolean htmlSafe) {
        var builder = JsonFactory.builder()
                // The caller owns the Writer: we flush it but never close it.
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                // "https://schema.org", not "https:\/\/schema.org": '<' is what must never appear raw, not '/'.
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                // "\u003c" as HTML-safe JSON is usually written, and as the README promises.
                .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE);
        if (htmlSafe) {
            builder.characterEscapes(new HtmlSafeEscapes());
        }
        this.factory = builder.build();
        this.pretty = pretty;
    }

    /** Writes {@code document} to {@code out} and flushes it. */
    public void write(LdObject document, Writer out) {
        try (JsonGenerator generator = factory.createGenerator(context(), out)) {
            writeValue(generator, document);
        }
    }

    /**
     * Starts a document {@code {"@context": context, "@graph": [} on {@code out}; nodes are then written one by one
     * and {@link GraphWriter#close()} ends it. The bytes equal {@link #write(LdObject, Writer)}'s for a document with
     * the same nodes.
     */
    public GraphWriter openGraph(String context, Writer out) {
        JsonGenerator generator = factory.createGenerator(context(), out);
        generator.writeStartObject();
        generator.writeName("@context");
        generator.writeString(context);
        return new GraphWriter(generator);
    }

    /** A document's {@code @graph} being written. Not thread-safe. */
    public static final class GraphWriter implements AutoCloseable {
        private final JsonGenerator generator;
        private int nodes;

        private GraphWriter(JsonGenerator generator) {
            this.generator = generator;
        }

        /** Writes one node of the graph. */
        public void node(Object node) {
            if (nodes == 0) {
                generator.writeName("@graph");
                generator.writeStartArray();
            }
            writeValue(generator, node);
            nodes++;
        }

        /** How many nodes were written. */
        public int nodes() {
            return nodes;
        }

        /** Ends the graph and the document, and flushes. */
        @Override
        public void close() {
            if (nodes > 0) { // no "@graph": [] for no posts, as the whole-document writer leaves empty lists out
                generator.writeEndArray();
            }
            generator.writeEndObject();
            generator.close();
        }
    }

    private ObjectWriteContext context() {
        if (!pretty) {
            return ObjectWriteContext.empty();
        }
        return new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
                return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                        .withObjectIndenter(indenter)
                        .withArrayIndenter(indenter);
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
    }

    private static void writeValue(JsonGenerator generator, Object value) {
        if (value instanceof LdObject object) {
            generator.writeStartObject();
            for (Map.Entry<String, Object> entry : object.entries().entrySet()) {
                generator.writeName(entry.getKey());
                writeValue(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object element : list) {
                writeValue(generator, element);
            }
            generator.writeEndArray();
        } else if (value instanceof String s) {
            generator.writeString(s);
        } else if (value instanceof Double d) {
            generator.writeNumber(d);
        } else if (value instanceof Integer i) {
            generator.writeNumber(i);
        } else if (value instanceof Boolean b) {
            generator.writeBoolean(b);
        } else {
            throw new IllegalArgumentException("unsupported JSON-LD value type " + value.getClass().getName());
        }
    }
}
