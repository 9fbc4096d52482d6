package org.blohub.hub.audit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Audit log tamper evidence on H2 (file, MODE=PostgreSQL)")
class AuditLogOnH2Test extends TamperEvidenceContract {

    private static AuditDatabases databases;

    @BeforeAll
    static void createDirectory() {
        databases = AuditDatabases.h2();
    }

    @AfterAll
    static void close() {
        databases.close();
    }

    @Override
    AuditDatabases databases() {
        return databases;
    }
}
