package io.meetkit.export.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.rdf.RdfDataset;
import jakarta.json.JsonArray;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Expands JSON-LD with titanium-json-ld, serving the schema.org context from a local file. Any other URL fails
 * loudly: no test may touch the network.
 */
public final class OfflineJsonLd implements DocumentLoader {
    private static final Set<String> SCHEMA_ORG = Set.of("https://schema.org", "https://schema.org/",
            "http://schema.org", "http://schema.org/");

    private final byte[] context;

    private OfflineJsonLd(byte[] context) {
        this.context = context;
    }

    /** With the small context of our own in the test resources (enough to expand our output offline). */
    public static OfflineJsonLd withBundledContext() {
        try (InputStream in = OfflineJsonLd.class.getResourceAsStream("/jsonld/test-context.jsonld")) {
            return new OfflineJsonLd(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** With schema.org's own context file from the shared directory. */
    public static OfflineJsonLd withSharedContext() {
        try {
            return new OfflineJsonLd(Files.readAllBytes(sharedSchemaOrg().resolve("schemaorgcontext.jsonld")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code $meetkit.shared.dir/schemaorg}. */
    public static Path sharedSchemaOrg() {
        return Path.of(System.getProperty("meetkit.shared.dir"), "schemaorg");
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        if (!SCHEMA_ORG.contains(url.toString())) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "refusing to load " + url + ": tests are offline and only serve the schema.org context");
        }
        JsonDocument document = JsonDocument.of(MediaType.JSON_LD, new ByteArrayInputStream(context));
        document.setDocumentUrl(url);
        return document;
    }

    public JsonArray expand(String json) throws JsonLdError {
        return JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(this).get();
    }

    public RdfDataset toRdf(String json) throws JsonLdError {
        return JsonLd.toRdf(JsonDocument.of(new StringReader(json))).loader(this).get();
    }
}
