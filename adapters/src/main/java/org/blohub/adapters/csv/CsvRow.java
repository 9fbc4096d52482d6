package org.blohub.adapters.csv;

import java.util.List;
import java.util.Optional;

/**
 * One record of a CSV file.
 *
 * @param line    the physical line of the file where the record starts (1 = first line)
 * @param fields  the unquoted field values
 * @param problem why the record could not be read as written, if it could not
 */
record CsvRow(int line, List<String> fields, Optional<String> problem) {

    CsvRow {
        fields = List.copyOf(fields);
    }
}
