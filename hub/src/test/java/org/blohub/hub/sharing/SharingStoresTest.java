package org.blohub.hub.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.jdbc.StoreSchema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The forward and consent request stores keep their states on both database engines a node runs on. */
class SharingStoresTest {

    private static final Instant AT = Instant.parse("2026-12-07T22:00:00.123456Z");
    private static final String MESSAGE = "01KBTQ5M8Y00000000000000A1";
    private static final ImmutableBytes SEALED = ImmutableBytes.copyOf(new byte[] {1, 2, 3});

    abstract static class Contract {

        ForwardRequests forwards;
        ConsentRequests consents;

        abstract DataSource freshDatabase() throws IOException;

        @BeforeEach
        void migrate() throws IOException {
            DataSource dataSource = freshDatabase();
            StoreSchema.migrate(dataSource);
            forwards = new JdbcForwardRequests(JdbcClient.create(dataSource));
            consents = new JdbcConsentRequests(JdbcClient.create(dataSource));
        }

        private static ForwardRequest awaiting(String id) {
            return new ForwardRequest(id, MESSAGE, "TH-CHIANGKHONG", "LA-HOUAYXAY", "H2",
                    List.of("TH-MAESAI", "TH-CHIANGSAEN"), ForwardState.AWAITING_CONSENT, "th-chiangkhong-duty", AT,
                    Optional.of(SEALED), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }

        private static ConsentRequest pending(String id, Instant receivedAt) {
            return new ConsentRequest(id, MESSAGE, "LA-HOUAYXAY", "TH-CHIANGKHONG", List.of("TH-MAESAI"), SEALED,
                    ConsentState.PENDING, receivedAt, Optional.empty(), Optional.empty(), Optional.empty());
        }

        @Test
        void aForwardIsAnsweredOnceThenForwardedWithTheCopysId() {
            forwards.insert(awaiting("01KBTQ5M8Y00000000000000B1"));

            assertThat(forwards.find("01KBTQ5M8Y00000000000000B1")).get().satisfies(found -> {
                assertThat(found.targets()).containsExactly("TH-MAESAI", "TH-CHIANGSAEN");
                assertThat(found.requestedAt()).isEqualTo(AT);
                assertThat(found.requestEnvelope()).contains(SEALED);
            });
            assertThat(forwards.answer("01KBTQ5M8Y00000000000000B1", ForwardState.GRANTED, "01KBTQ5M8Y00000000000000C1",
                    SEALED, AT)).isTrue();
            assertThat(forwards.answer("01KBTQ5M8Y00000000000000B1", ForwardState.REFUSED, "01KBTQ5M8Y00000000000000C2",
                    SEALED, AT)).as("a second answer").isFalse();
            forwards.forwarded("01KBTQ5M8Y00000000000000B1", "01KBTQ5M8Y00000000000000D1");

            ForwardRequest done = forwards.ofMessage("TH-CHIANGKHONG", MESSAGE).get(0);
            assertThat(done.state()).isEqualTo(ForwardState.FORWARDED);
            assertThat(done.replyId()).contains("01KBTQ5M8Y00000000000000C1");
            assertThat(done.replyEnvelope()).contains(SEALED);
            assertThat(done.forwardedMessageId()).contains("01KBTQ5M8Y00000000000000D1");
            assertThat(forwards.ofMessage("TH-MAESAI", MESSAGE)).as("another office's view").isEmpty();
        }

        @Test
        void aForwardRefusedAfterConsentKeepsItsReasonCode() {
            forwards.insert(awaiting("01KBTQ5M8Y00000000000000B2"));
            forwards.answer("01KBTQ5M8Y00000000000000B2", ForwardState.GRANTED, "01KBTQ5M8Y00000000000000C3", SEALED, AT);

            forwards.failed("01KBTQ5M8Y00000000000000B2", "SUBMISSION_NOT_AUTHORIZED");

            assertThat(forwards.find("01KBTQ5M8Y00000000000000B2")).get().satisfies(found -> {
                assertThat(found.state()).isEqualTo(ForwardState.FAILED);
                assertThat(found.failureCode()).contains("SUBMISSION_NOT_AUTHORIZED");
            });
        }

        @Test
        void aConsentRequestIsStoredOnceSeenOnlyByItsOfficeAndDecidedOnce() {
            assertThat(consents.insertIfAbsent(pending("01KBTQ5M8Y00000000000000E1", AT))).isTrue();
            assertThat(consents.insertIfAbsent(pending("01KBTQ5M8Y00000000000000E1", AT))).as("again").isFalse();
            consents.insertIfAbsent(pending("01KBTQ5M8Y00000000000000E2", AT.plusSeconds(60)));

            assertThat(consents.find("TH-CHIANGKHONG", "01KBTQ5M8Y00000000000000E1")).isEmpty();
            assertThat(consents.decide("01KBTQ5M8Y00000000000000E2", ConsentState.REFUSED, "la-houayxay-duty", AT,
                    "01KBTQ5M8Y00000000000000F1")).isTrue();
            assertThat(consents.decide("01KBTQ5M8Y00000000000000E2", ConsentState.GRANTED, "la-houayxay-duty", AT,
                    "01KBTQ5M8Y00000000000000F2")).as("a second decision").isFalse();

            List<ConsentRequest> listed = consents.ofOffice("LA-HOUAYXAY");
            assertThat(listed).extracting(ConsentRequest::requestId)
                    .as("pending first").containsExactly("01KBTQ5M8Y00000000000000E1", "01KBTQ5M8Y00000000000000E2");
            assertThat(listed.get(1).state()).isEqualTo(ConsentState.REFUSED);
            assertThat(listed.get(1).decidedBy()).contains("la-houayxay-duty");
            assertThat(listed.get(1).replyId()).contains("01KBTQ5M8Y00000000000000F1");
            assertThat(listed.get(0).envelope()).isEqualTo(SEALED);
        }
    }

    @Nested
    @DisplayName("on H2 (file, MODE=PostgreSQL)")
    class OnH2 extends Contract {

        @TempDir
        Path directory;

        @Override
        DataSource freshDatabase() {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:file:" + directory.resolve("node").toAbsolutePath()
                    + ";MODE=PostgreSQL;WRITE_DELAY=0");
            dataSource.setUser("sa");
            return dataSource;
        }
    }

    @Nested
    @DisplayName("on embedded PostgreSQL 17")
    class OnPostgres extends Contract {

        private static EmbeddedPostgres postgres;
        private static int databases;

        @BeforeAll
        static void startPostgres() throws IOException {
            postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
        }

        @AfterAll
        static void stopPostgres() throws IOException {
            postgres.close();
        }

        @Override
        DataSource freshDatabase() {
            String name = "sharing_" + ++databases;
            JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE DATABASE " + name).update();
            return postgres.getDatabase("postgres", name);
        }
    }
}
