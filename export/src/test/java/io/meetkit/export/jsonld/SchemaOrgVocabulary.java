package io.meetkit.export.jsonld;

import io.meetkit.core.Diagnostic;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Our own check of expanded JSON-LD against schema.org's vocabulary file: every type is a class or enumeration
 * member (case-sensitive), every property exists, its subject's type is within {@code domainIncludes}, node values
 * are within {@code rangeIncludes} (subclasses count), enumeration literals name a member of the range, dates are ISO
 * 8601 with an offset when they have a time, and {@code previousStartDate} only comes with {@code EventRescheduled}.
 */
public final class SchemaOrgVocabulary {
    static final String NS = "http://schema.org/";
    private static final Set<String> DATE_PROPERTIES = Set.of("startDate", "endDate", "previousStartDate",
            "datePublished", "dateModified");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME_WITH_OFFSET =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern DATE_TIME_WITHOUT_OFFSET =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    private final Set<String> classes = new HashSet<>();
    private final Set<String> dataTypeRoots = new HashSet<>();
    private final Map<String, Set<String>> parents = new HashMap<>();
    private final Map<String, Set<String>> memberTypes = new HashMap<>();
    private final Map<String, Set<String>> domains = new HashMap<>();
    private final Map<String, Set<String>> ranges = new HashMap<>();

    public static SchemaOrgVocabulary load(Path file) throws IOException {
        SchemaOrgVocabulary vocabulary = new SchemaOrgVocabulary();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonReader reader = Json.createReader(in)) {
            for (JsonValue value : reader.readObject().getJsonArray("@graph")) {
                vocabulary.add(value.asJsonObject());
            }
        }
        return vocabulary;
    }

    private static String iri(String curie) {
        return curie.startsWith("schema:") ? NS + curie.substring("schema:".length()) : curie;
    }

    private static Set<String> ids(JsonObject node, String key) {
        Set<String> out = new LinkedHashSet<>();
        JsonValue value = node.get(key);
        if (value == null) {
            return out;
        }
        List<JsonValue> values = value instanceof JsonArray a ? a : List.of(value);
        for (JsonValue v : values) {
            out.add(iri(v instanceof JsonString s ? s.getString() : v.asJsonObject().getString("@id")));
        }
        return out;
    }

    private void add(JsonObject node) {
        String id = iri(node.getString("@id"));
        Set<String> types = ids(node, "@type");
        if (types.contains("rdfs:Class")) {
            classes.add(id);
            parents.put(id, ids(node, "rdfs:subClassOf"));
            if (types.contains(NS + "DataType")) {
                dataTypeRoots.add(id);
            }
        } else if (types.contains("rdf:Property")) {
            domains.put(id, ids(node, "schema:domainIncludes"));
            ranges.put(id, ids(node, "schema:rangeIncludes"));
        } else {
            memberTypes.put(id, types);
        }
    }

    /** Whether {@code type} is {@code ancestor} or one of its subclasses. */
    boolean isA(String type, String ancestor) {
        Deque<String> todo = new ArrayDeque<>(List.of(type));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (t.equals(ancestor)) {
                return true;
            }
            if (seen.add(t)) {
                todo.addAll(parents.getOrDefault(t, Set.of()));
            }
        }
        return false;
    }

    private boolean isDataType(String type) {
        return dataTypeRoots.stream().anyMatch(root -> isA(type, root));
    }

    private boolean anyIsA(Set<String> types, Set<String> ancestors) {
        return types.stream().anyMatch(t -> ancestors.stream().anyMatch(a -> isA(t, a)));
    }

    /** Every problem of the expanded document {@code expanded}, named after {@code source}. */
    public List<Diagnostic> check(JsonArray expanded, String source) {
        Map<String, Set<String>> typesById = new HashMap<>();
        index(expanded, typesById);
        List<Diagnostic> found = new ArrayList<>();
        walk(expanded, typesById, source, found);
        return found;
    }

    private void index(JsonValue value, Map<String, Set<String>> typesById) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> index(v, typesById));
        } else if (value instanceof JsonObject object && !object.containsKey("@value")) {
            if (object.containsKey("@id") && object.containsKey("@type")) {
                typesById.computeIfAbsent(object.getString("@id"), k -> new LinkedHashSet<>())
                        .addAll(strings(object.getJsonArray("@type")));
            }
            object.values().forEach(v -> index(v, typesById));
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((JsonString) v).getString()).toList();
    }

    private Set<String> typesOf(JsonObject node, Map<String, Set<String>> typesById) {
        if (node.containsKey("@type")) {
            return new LinkedHashSet<>(strings(node.getJsonArray("@type")));
        }
        return node.containsKey("@id") ? typesById.getOrDefault(node.getString("@id"), Set.of()) : Set.of();
    }

    private void walk(JsonValue value, Map<String, Set<String>> typesById, String source, List<Diagnostic> found) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> walk(v, typesById, source, found));
            return;
        }
        if (!(value instanceof JsonObject node) || node.containsKey("@value")) {
            return;
        }
        Set<String> types = typesOf(node, typesById);
        if (node.containsKey("@type")) {
            for (String type : types) {
                if (!classes.contains(type)) {
                    found.add(problem(source, local(type), "unknown type " + type));
                }
            }
        }
        for (Map.Entry<String, JsonValue> entry : node.entrySet()) {
            if (entry.getKey().startsWith("@")) {
                continue;
            }
            checkProperty(entry.getKey(), types, entry.getValue().asJsonArray(), typesById, source, found);
            walk(entry.getValue(), typesById, source, found);
        }
        checkReschedule(node, source, found);
    }

    private void checkProperty(String property, Set<String> subjectTypes, JsonArray values,
                               Map<String, Set<String>> typesById, String source, List<Diagnostic> found) {
        String name = local(property);
        if (!ranges.containsKey(property)) {
            found.add(problem(source, name, "unknown property " + property));
            return;
        }
        if (!subjectTypes.isEmpty() && !anyIsA(subjectTypes, domains.get(property))) {
            found.add(problem(source, name, name + " is not a property of " + subjectTypes));
        }
        Set<String> range = ranges.get(property);
        for (JsonValue v : values) {
            JsonObject object = v.asJsonObject();
            if (object.containsKey("@value")) {
                checkLiteral(name, range, object.get("@value"), source, found);
            } else {
                if (!object.containsKey("@type") && range.contains(NS + "URL")) {
                    continue; // an IRI where a URL is expected, whatever else the IRI may describe
                }
                Set<String> types = typesOf(object, typesById);
                if (types.isEmpty()) {
                    if (!range.contains(NS + "URL")) {
                        found.add(problem(source, name, name + " refers to " + object.getString("@id", "a node")
                                + ", which has no type here, and its range " + range + " has no URL"));
                    }
                } else if (!anyIsA(types, range)) {
                    found.add(problem(source, name, name + " value of type " + types + " is not in its range " + range));
                }
            }
        }
    }

    private void checkLiteral(String name, Set<String> range, JsonValue literal, String source,
                              List<Diagnostic> found) {
        Set<String> enumerations = new HashSet<>();
        for (String r : range) {
            if (isA(r, NS + "Enumeration")) {
                enumerations.add(r);
            }
        }
        if (!enumerations.isEmpty() && literal instanceof JsonString s) {
            String member = s.getString().replaceFirst("^https?://schema\\.org/", NS);
            if (!anyIsA(memberTypes.getOrDefault(member, Set.of()), enumerations)) {
                found.add(problem(source, name, name + " value " + s.getString() + " is not a member of " + range));
            }
            return;
        }
        if (range.stream().noneMatch(this::isDataType)) {
            found.add(problem(source, name, name + " has a literal value but its range " + range + " has no data type"));
            return;
        }
        if (DATE_PROPERTIES.contains(name) && literal instanceof JsonString s) {
            String text = s.getString();
            if (DATE_TIME_WITHOUT_OFFSET.matcher(text).matches()) {
                found.add(problem(source, name, name + " value " + text + " has a time but no UTC offset"));
            } else if (!DATE.matcher(text).matches() && !DATE_TIME_WITH_OFFSET.matcher(text).matches()) {
                found.add(problem(source, name, name + " value " + text + " is not an ISO 8601 date or date-time"));
            }
        }
        if (literal instanceof JsonNumber && range.stream().noneMatch(r -> isA(r, NS + "Number") || isA(r, NS + "Text"))) {
            found.add(problem(source, name, name + " has a number but its range is " + range));
        }
    }

    private void checkReschedule(JsonObject node, String source, List<Diagnostic> found) {
        if (!node.containsKey(NS + "previousStartDate")) {
            return;
        }
        boolean rescheduled = node.containsKey(NS + "eventStatus") && node.getJsonArray(NS + "eventStatus").stream()
                .map(v -> v.asJsonObject().get("@value"))
                .anyMatch(v -> v instanceof JsonString s && s.getString().matches("https?://schema\\.org/EventRescheduled"));
        if (!rescheduled) {
            found.add(problem(source, "previousStartDate",
                    "previousStartDate without eventStatus https://schema.org/EventRescheduled"));
        }
    }

    private static String local(String iri) {
        return iri.startsWith(NS) ? iri.substring(NS.length()) : iri;
    }

    private static Diagnostic problem(String source, String key, String message) {
        return Diagnostic.error(source, 1, 1, message).withKey(key);
    }
}
