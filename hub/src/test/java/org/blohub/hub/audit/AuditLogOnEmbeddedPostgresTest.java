package org.blohub.hub.audit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Audit log tamper evidence on embedded PostgreSQL 17")
class AuditLogOnEmbeddedPostgresTest extends TamperEvidenceContract {

    private static AuditDatabases databases;

    @BeforeAll
    static void startPostgres() {
        databases = AuditDatabases.embeddedPostgres();
    }

    @AfterAll
    static void stopPostgres() {
        databases.close();
    }

    @Override
    AuditDatabases databases() {
        return databases;
    }
}
