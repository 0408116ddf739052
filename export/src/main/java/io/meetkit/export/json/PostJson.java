package io.meetkit.export.json;

import static java.util.Objects.requireNonNull;

import io.meetkit.core.Post;
import io.meetkit.export.WriteResult;
import io.meetkit.export.json.internal.PostReader;
import io.meetkit.export.json.internal.PostWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes posts as JSON and reads that JSON back into equal posts: for every post {@code p},
 * {@code readPost(toJson(p)).equals(p)}.
 *
 * <p>Build one with {@link #create()} or {@link #builder()} and share it: a {@code PostJson} is immutable and
 * thread-safe. Output is deterministic: the same posts give byte-identical JSON whatever the platform, default
 * locale or time zone. Methods that take a {@link Writer} or {@link OutputStream} flush it but leave it open;
 * methods that take a {@link Reader} or {@link InputStream} read it to the end of the JSON value but leave it open.
 *
 * <h2>Format</h2>
 * <ul>
 *   <li>A post is an object; a list of posts an array of them. Field names are the model's accessor names in
 *   camelCase, written in the order of the model's components.</li>
 *   <li>Absent values and empty lists are left out (or written as {@code null} and {@code []} with
 *   {@link Builder#includeEmptyFields(boolean)}); the reader takes a missing field, {@code null} and {@code []}
 *   alike as "absent". {@code featured}, {@code draft}, {@code body}, and an event's {@code status} and
 *   {@code attendanceMode} and a talk's {@code kind} and {@code provenance} are always written.</li>
 *   <li>Enum constants are their Java names in lower case: {@code moved_online}, {@code mailing_list},
 *   {@code front_matter}. The reader accepts any case.</li>
 *   <li>A date-time is RFC 3339 with seconds and offset, followed by the IANA zone in brackets when it has one
 *   (RFC 9557): {@code 2024-06-20T18:30:00+02:00[Europe/Berlin]}; {@code 2024-06-20T16:30:00Z} has a fixed
 *   offset only. A date is {@code 2024-06-20}; a duration ISO-8601 {@code PT1H30M}.</li>
 *   <li>An event's {@code time} is {@code {"kind": "all_day", "firstDay": ..., "lastDay": ...}} or
 *   {@code {"kind": "timed", "start": ..., "end": ...}}.</li>
 *   <li>{@code frontMatter} holds the raw front matter as plain JSON, keys in their original order. JSON has a
 *   single number type, so {@code frontMatterTypes} maps the JSON Pointer of each number whose Java type cannot be
 *   told from its text to one of {@code integer}, {@code long}, {@code bigInteger}, {@code double},
 *   {@code bigDecimal}; untyped whole numbers are the smallest of {@code Integer}, {@code Long},
 *   {@code BigInteger} that holds them and others are {@code Double}. A {@code NaN} or infinite double is written
 *   as the string {@code "NaN"}, {@code "Infinity"} or {@code "-Infinity"} and typed {@code double}.</li>
 *   <li>The reader skips fields it does not know, so newer JSON stays readable.</li>
 * </ul>
 *
 * <p>Input that is not JSON, has a field of the wrong type or breaks a rule of the model throws
 * {@link PostJsonException} with its line and column.
 */
public final class PostJson {
    private final JsonFactory factory = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final boolean prettyPrint;
    private final int indent;
    private final boolean includeEmptyFields;

    private PostJson(Builder builder) {
        this.prettyPrint = builder.prettyPrint;
        this.indent = builder.indent;
        this.includeEmptyFields = builder.includeEmptyFields;
    }

    /**
     * A writer and reader with default settings: pretty-printed with two spaces, empty fields left out.
     *
     * @return a new instance
     */
    public static PostJson create() {
        return builder().build();
    }

    /**
     * A builder starting from the default settings.
     *
     * @return a builder with the settings of {@link #create()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this instance's settings.
     *
     * @return a new builder; this instance is not changed
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.prettyPrint = prettyPrint;
        b.indent = indent;
        b.includeEmptyFields = includeEmptyFields;
        return b;
    }

    /**
     * Writes {@code post} as one JSON object to {@code out}.
     *
     * @param post the post
     * @param out  where to write; flushed, not closed
     * @return one post given, its event (if any) written, and no diagnostics: JSON holds every value of the model
     * @throws IOException when {@code out} fails
     */
    public WriteResult write(Post post, Writer out) throws IOException {
        requireNonNull(post, "post");
        requireNonNull(out, "out");
        generate(out, g -> new PostWriter(g, includeEmptyFields).post(post));
        return result(1, post.event().isPresent() ? 1 : 0);
    }

    /**
     * Writes {@code post} as one JSON object to {@code out} in UTF-8.
     *
     * @param post the post
     * @param out  where to write; flushed, not closed
     * @return as {@link #write(Post, Writer)}
     * @throws IOException when {@code out} fails
     */
    public WriteResult write(Post post, OutputStream out) throws IOException {
        requireNonNull(post, "post");
        requireNonNull(out, "out");
        return write(post, utf8(out));
    }

    /**
     * Writes {@code post} as one JSON object to the file {@code path} in UTF-8, replacing what it held.
     *
     * @param post the post
     * @param path the file
     * @return as {@link #write(Post, Writer)}
     * @throws IOException when the file cannot be written
     */
    public WriteResult write(Post post, Path path) throws IOException {
        requireNonNull(post, "post");
        requireNonNull(path, "path");
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            return write(post, w);
        }
    }

    /**
     * Writes {@code posts} as one JSON array to {@code out}, one post at a time as the iterable yields them, so
     * the posts need not all be in memory.
     *
     * @param posts the posts, iterated once
     * @param out   where to write; flushed, not closed
     * @return the number of posts written, of their events, and no diagnostics
     * @throws IOException when {@code out} fails
     */
    public WriteResult writeAll(Iterable<? extends Post> posts, Writer out) throws IOException {
        requireNonNull(posts, "posts");
        requireNonNull(out, "out");
        int[] counts = new int[2];
        generate(out, g -> {
            PostWriter writer = new PostWriter(g, includeEmptyFields);
            g.writeStartArray();
            for (Post post : posts) {
                writer.post(requireNonNull(post, "post"));
                counts[0]++;
                counts[1] += post.event().isPresent() ? 1 : 0;
            }
            g.writeEndArray();
        });
        return result(counts[0], counts[1]);
    }

    /**
     * Writes {@code posts} as one JSON array to {@code out} in UTF-8; see {@link #writeAll(Iterable, Writer)}.
     *
     * @param posts the posts, iterated once
     * @param out   where to write; flushed, not closed
     * @return as {@link #writeAll(Iterable, Writer)}
     * @throws IOException when {@code out} fails
     */
    public WriteResult writeAll(Iterable<? extends Post> posts, OutputStream out) throws IOException {
        requireNonNull(posts, "posts");
        requireNonNull(out, "out");
        return writeAll(posts, utf8(out));
    }

    private static WriteResult result(int posts, int events) {
        return new WriteResult(posts, events, List.of());
    }

    /**
     * {@code post} as a JSON object.
     *
     * @param post the post
     * @return the JSON object
     */
    public String toJson(Post post) {
        requireNonNull(post, "post");
        StringWriter out = new StringWriter();
        try {
            write(post, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * {@code posts} as a JSON array.
     *
     * @param posts the posts, iterated once
     * @return the JSON array
     */
    public String toJson(Iterable<? extends Post> posts) {
        requireNonNull(posts, "posts");
        StringWriter out = new StringWriter();
        try {
            writeAll(posts, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Reads one post object.
     *
     * @param in the JSON
     * @return the post
     * @throws PostJsonException if the input is not one JSON object that makes a valid post
     * @throws IOException       if {@code in} cannot be read
     */
    public Post readPost(Reader in) throws IOException {
        requireNonNull(in, "in");
        return parse(in, PostReader::readPost);
    }

    /**
     * Reads one post object from UTF-8 bytes; see {@link #readPost(Reader)}.
     *
     * @param in the JSON as UTF-8
     * @return the post
     * @throws PostJsonException if the input is not UTF-8 or not one JSON object that makes a valid post
     * @throws IOException       if {@code in} cannot be read
     */
    public Post readPost(InputStream in) throws IOException {
        requireNonNull(in, "in");
        return readPost(utf8(in));
    }

    /**
     * Reads one post object from {@code json}; see {@link #readPost(Reader)}.
     *
     * @param json the JSON
     * @return the post
     * @throws PostJsonException if {@code json} is not one JSON object that makes a valid post
     */
    public Post readPost(String json) {
        requireNonNull(json, "json");
        try {
            return readPost(new StringReader(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a JSON array of post objects.
     *
     * @param in the JSON
     * @return the posts, in the array's order
     * @throws PostJsonException if the input is not one JSON array of objects that make valid posts
     * @throws IOException       if {@code in} cannot be read
     */
    public List<Post> readPosts(Reader in) throws IOException {
        requireNonNull(in, "in");
        return parse(in, PostReader::readPosts);
    }

    /**
     * Reads a JSON array of post objects from UTF-8 bytes; see {@link #readPosts(Reader)}.
     *
     * @param in the JSON as UTF-8
     * @return the posts, in the array's order
     * @throws PostJsonException if the input is not UTF-8 or not one JSON array of objects that make valid posts
     * @throws IOException       if {@code in} cannot be read
     */
    public List<Post> readPosts(InputStream in) throws IOException {
        requireNonNull(in, "in");
        return readPosts(utf8(in));
    }

    /**
     * Reads a JSON array of post objects from {@code json}; see {@link #readPosts(Reader)}.
     *
     * @param json the JSON
     * @return the posts, in the array's order
     * @throws PostJsonException if {@code json} is not one JSON array of objects that make valid posts
     */
    public List<Post> readPosts(String json) {
        requireNonNull(json, "json");
        try {
            return readPosts(new StringReader(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "PostJson[prettyPrint=" + prettyPrint + ", indent=" + indent + ", includeEmptyFields="
                + includeEmptyFields + "]";
    }

    private void generate(Writer out, Consumer<JsonGenerator> body) throws IOException {
        try (JsonGenerator g = factory.createGenerator(writeContext(), out)) {
            body.accept(g);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private ObjectWriteContext writeContext() {
        if (!prettyPrint) {
            return ObjectWriteContext.empty();
        }
        return new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return PostWriter.prettyPrinter(indent);
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
    }

    private <T> T parse(Reader in, Function<PostReader, T> read) throws IOException {
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), in)) {
            return read.apply(new PostReader(p));
        } catch (JacksonIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new PostJsonException("the input is not valid UTF-8", 0, 0, e.getCause());
            }
            throw e.getCause();
        } catch (JacksonException e) {
            var at = e.getLocation();
            String message = e.getOriginalMessage();
            throw new PostJsonException(message == null ? "malformed JSON" : message.strip(),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e);
        }
    }

    private static Writer utf8(OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * Settings for a {@link PostJson}; checked at {@link #build()}.
     */
    public static final class Builder {
        private boolean prettyPrint = true;
        private int indent = 2;
        private boolean includeEmptyFields;

        private Builder() {
        }

        /**
         * Whether to write one field per line, indented ({@code true}, the default) or all on one line.
         *
         * @param prettyPrint {@code false} for one line
         * @return the same builder
         */
        public Builder prettyPrint(boolean prettyPrint) {
            this.prettyPrint = prettyPrint;
            return this;
        }

        /**
         * Spaces per nesting level when pretty-printing: 1 to 8, default 2.
         *
         * @param spaces 1 to 8, checked at {@link #build()}
         * @return the same builder
         */
        public Builder indent(int spaces) {
            this.indent = spaces;
            return this;
        }

        /**
         * Whether to write absent values as {@code null} and empty lists and maps as {@code []} and {@code {}}
         * (showing every field), rather than leaving them out (the default).
         *
         * @param includeEmptyFields {@code true} to show every field
         * @return the same builder
         */
        public Builder includeEmptyFields(boolean includeEmptyFields) {
            this.includeEmptyFields = includeEmptyFields;
            return this;
        }

        /**
         * An immutable {@link PostJson} with these settings.
         *
         * @return an immutable, thread-safe instance
         * @throws IllegalStateException if the indent is outside 1 to 8
         */
        public PostJson build() {
            if (indent < 1 || indent > 8) {
                throw new IllegalStateException("indent must be 1 to 8 spaces, was " + indent);
            }
            return new PostJson(this);
        }
    }
}
