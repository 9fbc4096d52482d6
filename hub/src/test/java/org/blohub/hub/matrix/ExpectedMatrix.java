package org.blohub.hub.matrix;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes the matrix's rows: {@code METHOD /path/pattern  cell cell ...}, one cell per {@link Caller}. */
final class ExpectedMatrix {

    private ExpectedMatrix() {
    }

    static Map<String, List<String>> parse(String table) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : table.strip().split("\n")) {
            String[] words = line.strip().split("\\s+");
            if (words.length < 2 || words[0].startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.asList(words).subList(2, words.length);
            if (cells.size() != Caller.values().length) {
                throw new IllegalArgumentException("matrix row '" + line.strip() + "' has " + cells.size()
                        + " cells, expected one per caller: " + Caller.header());
            }
            rows.put(words[0] + " " + words[1], List.copyOf(cells));
        }
        return rows;
    }

    static String row(String key, List<String> cells) {
        String[] methodAndPattern = key.split(" ", 2);
        StringBuilder row = new StringBuilder(String.format("%-6s %-46s", methodAndPattern[0], methodAndPattern[1]));
        cells.forEach(cell -> row.append(String.format(" %-5s", cell)));
        return row.toString().stripTrailing();
    }
}
