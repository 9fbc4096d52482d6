package org.blohub.adapters.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blohub.adapters.intake.DocumentRefusedException;

/** Where each column of the seizure report is; columns may come in any order, but all of them and no others. */
final class SeizureReportHeader {

    private final Map<SeizureColumn, Integer> positions;
    private final int width;

    private SeizureReportHeader(Map<SeizureColumn, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    static SeizureReportHeader of(CsvRow row) throws DocumentRefusedException {
        String locator = "line " + row.line();
        if (row.problem().isPresent()) {
            throw new DocumentRefusedException(locator, "", "The header row cannot be read: " + row.problem().get() + ".");
        }
        Map<String, SeizureColumn> byHeader = new HashMap<>();
        for (SeizureColumn column : SeizureColumn.values()) {
            byHeader.put(column.header(), column);
        }
        Map<SeizureColumn, Integer> positions = new EnumMap<>(SeizureColumn.class);
        List<String> unexpected = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < row.fields().size(); i++) {
            String name = row.fields().get(i).strip();
            Optional<SeizureColumn> column = Optional.ofNullable(byHeader.get(name));
            if (column.isEmpty()) {
                unexpected.add(name.isEmpty() ? "(empty, column " + (i + 1) + ")" : name);
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                repeated.add(name);
            }
        }
        List<String> missing = new ArrayList<>();
        for (SeizureColumn column : SeizureColumn.values()) {
            if (!positions.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty() || !repeated.isEmpty()) {
            StringBuilder reason = new StringBuilder("The header row is not that of the seizure report; no row was read.");
            if (!missing.isEmpty()) {
                reason.append(" Missing columns: ").append(String.join(", ", missing)).append('.');
            }
            if (!unexpected.isEmpty()) {
                reason.append(" Unexpected columns: ").append(String.join(", ", unexpected)).append('.');
            }
            if (!repeated.isEmpty()) {
                reason.append(" Repeated columns: ").append(String.join(", ", repeated)).append('.');
            }
            throw new DocumentRefusedException(locator, "", reason.toString());
        }
        return new SeizureReportHeader(positions, row.fields().size());
    }

    int width() {
        return width;
    }

    /** The stripped value of {@code column} in {@code row}, which has {@link #width()} fields. */
    String value(CsvRow row, SeizureColumn column) {
        return row.fields().get(positions.get(column)).strip();
    }
}
