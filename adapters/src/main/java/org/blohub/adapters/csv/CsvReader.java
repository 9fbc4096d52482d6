package org.blohub.adapters.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits CSV text (RFC 4180 quoting: a quoted field may hold the separator, line breaks and doubled
 * quotes) into rows that remember the physical line they start on, since a quoted line break makes a
 * row span lines. A malformed row is returned with its problem; reading goes on with the next line.
 * Empty lines are skipped.
 */
final class CsvReader {

    private final char separator;

    CsvReader(char separator) {
        this.separator = separator;
    }

    List<CsvRow> read(String text) {
        List<CsvRow> rows = new ArrayList<>();
        int position = 0;
        int line = 1;
        while (position < text.length()) {
            RowParse parse = new RowParse(text, position, line);
            parse.run();
            if (!parse.blank()) {
                rows.add(new CsvRow(line, parse.fields, parse.problem));
            }
            position = parse.position;
            line = parse.line;
        }
        return rows;
    }

    /** Reads one row from {@code position}; afterwards {@code position} and {@code line} are at the next row. */
    private final class RowParse {
        private final String text;
        private final List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private int position;
        private int line;
        private Optional<String> problem = Optional.empty();
        private boolean sawContent;

        RowParse(String text, int position, int line) {
            this.text = text;
            this.position = position;
            this.line = line;
        }

        boolean blank() {
            return !sawContent && fields.size() == 1 && fields.get(0).isEmpty() && problem.isEmpty();
        }

        void run() {
            while (true) {
                if (position < text.length() && text.charAt(position) == '"') {
                    sawContent = true;
                    if (!readQuoted()) {
                        return;
                    }
                } else {
                    readUnquoted();
                }
                fields.add(field.toString());
                field.setLength(0);
                if (position >= text.length()) {
                    return;
                }
                char c = text.charAt(position);
                if (c == separator) {
                    sawContent = true;
                    position++;
                } else {
                    endOfLine();
                    return;
                }
            }
        }

        private void readUnquoted() {
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c == separator || c == '\n' || c == '\r') {
                    return;
                }
                sawContent = true;
                field.append(c);
                position++;
            }
        }

        /** False when the row ended in a problem (the rest of its line is skipped). */
        private boolean readQuoted() {
            int openedOn = line;
            position++;
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c == '"') {
                    if (position + 1 < text.length() && text.charAt(position + 1) == '"') {
                        field.append('"');
                        position += 2;
                        continue;
                    }
                    position++;
                    if (position < text.length() && text.charAt(position) != separator
                            && text.charAt(position) != '\n' && text.charAt(position) != '\r') {
                        fields.add(field.toString());
                        problem = Optional.of("field " + fields.size()
                                + " has characters after its closing quote; double the quotes inside a quoted field (\"\")");
                        skipRestOfLine();
                        return false;
                    }
                    return true;
                }
                if (c == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n') {
                    position++;
                    continue;
                }
                if (c == '\n') {
                    line++;
                }
                field.append(c);
                position++;
            }
            fields.add(field.toString());
            problem = Optional.of("the quoted field " + fields.size() + " opened on line " + openedOn
                    + " is never closed; add the closing quote (\")");
            return false;
        }

        private void skipRestOfLine() {
            while (position < text.length() && text.charAt(position) != '\n') {
                position++;
            }
            endOfLine();
        }

        private void endOfLine() {
            if (position < text.length() && text.charAt(position) == '\r') {
                position++;
            }
            if (position < text.length() && text.charAt(position) == '\n') {
                position++;
            }
            line++;
        }
    }
}
