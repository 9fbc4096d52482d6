package org.blohub.hub.matrix;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of caller each endpoint is tried with, in the column order of the matrix. */
enum Caller {
    ANONYMOUS("anon"),
    OWNING_OFFICER("owner"),
    OWNING_COORDINATOR("coord"),
    OTHER_OFFICE_OFFICER("other"),
    SYSTEM_TOKEN("system"),
    AUDITOR("auditor"),
    ADMIN("admin"),
    REVOKED_TOKEN("revoked"),
    DISABLED_ACCOUNT("disabled");

    final String column;

    Caller(String column) {
        this.column = column;
    }

    static String header() {
        return Arrays.stream(values()).map(caller -> caller.column).collect(Collectors.joining(" "));
    }
}
