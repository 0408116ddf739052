package io.meetkit.markdown.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads Jekyll's {@code _data/*.csv} (RFC 4180, as Jackson's CSV module parses it): the first non-blank row is the
 * header, then one map per row from header to cell, in header order.
 */
final class Csv {

    /** Each row as a string array; the header is paired with the cells here, not by a Jackson schema, see below. */
    private static final ObjectReader ROWS = CsvMapper.builder().build()
            .readerFor(String[].class)
            .with(CsvReadFeature.WRAP_AS_ARRAY);

    private Csv() {
    }

    /**
     * The rows of {@code text} as unmodifiable maps of strings. A short row gets {@code ""} for its missing cells, a
     * long row's extra cells are dropped, blank lines are skipped and a byte-order mark is ignored. Cells are not
     * trimmed. Malformed CSV (an unclosed quote, text after a closing quote) ends the reading: the rows before it
     * are returned, as Jekyll itself would refuse the file rather than guess.
     *
     * @return an unmodifiable list; empty for empty text or a header without rows
     */
    static List<Map<String, Object>> read(String text) {
        List<String[]> rows = rows(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (rows.isEmpty()) {
            return List.of();
        }
        // Jackson's header schema would fail on a long row, drop a short row's keys, and reject repeated headers;
        // pairing by hand keeps every row's map complete and in header order.
        String[] header = rows.get(0);
        List<Map<String, Object>> out = new ArrayList<>(rows.size() - 1);
        for (String[] row : rows.subList(1, rows.size())) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                map.put(header[i], i < row.length ? row[i] : "");
            }
            out.add(Collections.unmodifiableMap(map));
        }
        return List.copyOf(out);
    }

    /** The non-blank rows, up to the first malformed one. */
    private static List<String[]> rows(String text) {
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = ROWS.readValues(text)) {
            while (it.hasNextValue()) {
                String[] row = it.nextValue();
                // Jackson gives a blank line (or one holding only "") as no cell, or as one empty cell at the start.
                if (row.length > 1 || row.length == 1 && !row[0].isEmpty()) {
                    rows.add(row);
                }
            }
        } catch (JacksonException e) {
            // Keep what was read: the caller has no way to report the problem, and the rows before it are sound.
        }
        return rows;
    }
}
