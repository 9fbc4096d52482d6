package org.blohub.adapters.csv;

/** The columns of the Lao customs daily seizure report, as named in its header row. */
enum SeizureColumn {
    REPORT_DATE("report_date"),
    CHECKPOINT("checkpoint"),
    TO_OFFICE("to_office"),
    COMMODITY("commodity"),
    COMMODITY_LO("commodity_lo"),
    QUANTITY("quantity"),
    UNIT("unit"),
    PERSONS_DETAINED("persons_detained"),
    VEHICLE_PLATE("vehicle_plate"),
    REMARKS("remarks");

    private final String header;

    SeizureColumn(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }
}
