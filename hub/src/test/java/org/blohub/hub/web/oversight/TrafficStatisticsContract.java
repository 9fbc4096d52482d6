package org.blohub.hub.web.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blohub.hub.web.oversight.OversightData.CHIANG_KHONG;
import static org.blohub.hub.web.oversight.OversightData.HOUAYXAY;
import static org.blohub.hub.web.oversight.OversightData.MAE_SAI;
import static org.blohub.hub.web.oversight.OversightData.TACHILEIK;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.blohub.hub.web.oversight.DashboardFigures.DailyLatency;
import org.blohub.hub.web.oversight.DashboardFigures.PairVolume;
import org.blohub.hub.web.oversight.DashboardFigures.RefusalCount;
import org.junit.jupiter.api.Test;

/** The dashboard's aggregates over rows as the pipeline writes them; run on each database engine. */
abstract class TrafficStatisticsContract {

    static final Instant DAY_ONE_NOON = Instant.parse("2026-03-14T12:00:00Z");
    static final Instant DAY_TWO_NOON = DAY_ONE_NOON.plus(Duration.ofDays(1));
    static final Instant FROM = Instant.parse("2026-03-14T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-03-16T00:00:00Z");

    abstract OversightData data();

    private TrafficStatistics statistics() {
        return new TrafficStatistics(data().dataSource);
    }

    @Test
    void countsMessagesPerOfficePairAndUtcDayOnceEvenWhenTheNodeHoldsBothDirections() {
        data().message("OUTBOUND", MAE_SAI, List.of(TACHILEIK), DAY_ONE_NOON, "SENT", Optional.empty());
        data().message("OUTBOUND", MAE_SAI, List.of(TACHILEIK, HOUAYXAY), DAY_ONE_NOON.plusSeconds(60), "SENT",
                Optional.empty());
        data().message("INBOUND", HOUAYXAY, List.of(CHIANG_KHONG), DAY_TWO_NOON, "DELIVERED", Optional.empty());
        String local = OversightData.newId();
        data().message(local, "OUTBOUND", MAE_SAI, List.of(CHIANG_KHONG), DAY_TWO_NOON, "DELIVERED", Optional.empty());
        data().message(local, "INBOUND", MAE_SAI, List.of(CHIANG_KHONG), DAY_TWO_NOON, "DELIVERED", Optional.empty());
        data().message("OUTBOUND", MAE_SAI, List.of(TACHILEIK), UNTIL.plusSeconds(1), "SENT", Optional.empty());

        List<PairVolume> volume = statistics().volume(FROM, UNTIL);

        LocalDate dayOne = LocalDate.parse("2026-03-14");
        LocalDate dayTwo = LocalDate.parse("2026-03-15");
        assertThat(volume).containsExactly(
                new PairVolume(MAE_SAI, HOUAYXAY, dayOne, 1),
                new PairVolume(MAE_SAI, TACHILEIK, dayOne, 2),
                new PairVolume(HOUAYXAY, CHIANG_KHONG, dayTwo, 1),
                new PairVolume(MAE_SAI, CHIANG_KHONG, dayTwo, 1));
    }

    @Test
    void measuresSubmitToDeliveredPerDayWithMedianP95AndMaximumOfDeliveredMessagesOnly() {
        for (int seconds = 1; seconds <= 20; seconds++) {
            data().message("OUTBOUND", MAE_SAI, List.of(TACHILEIK), DAY_ONE_NOON.plusSeconds(seconds), "DELIVERED",
                    Optional.of(DAY_ONE_NOON.plusSeconds(seconds).plusSeconds(seconds)));
        }
        data().message("OUTBOUND", MAE_SAI, List.of(TACHILEIK), DAY_ONE_NOON, "SENT", Optional.empty());
        data().message("OUTBOUND", MAE_SAI, List.of(TACHILEIK), DAY_TWO_NOON, "READ",
                Optional.of(DAY_TWO_NOON.plusMillis(1500)));
        data().message("INBOUND", TACHILEIK, List.of(MAE_SAI), DAY_TWO_NOON, "DELIVERED",
                Optional.of(DAY_TWO_NOON.plusSeconds(3600)));

        List<DailyLatency> latency = statistics().latency(FROM, UNTIL);

        assertThat(latency).containsExactly(
                new DailyLatency(LocalDate.parse("2026-03-14"), 20, 10.0, 19.0, 20.0),
                new DailyLatency(LocalDate.parse("2026-03-15"), 1, 1.5, 1.5, 1.5));
    }

    @Test
    void countsRefusalsInTheTimeRangePerReasonMostFrequentFirst() {
        data().refusal("CERTIFICATE_REVOKED", DAY_ONE_NOON);
        data().refusal("NOT_AUTHORIZED", DAY_ONE_NOON);
        data().refusal("NOT_AUTHORIZED", DAY_TWO_NOON);
        data().refusal("NOT_AUTHORIZED", UNTIL);

        assertThat(statistics().refusals(FROM, UNTIL)).containsExactly(
                new RefusalCount("NOT_AUTHORIZED", 2),
                new RefusalCount("CERTIFICATE_REVOKED", 1));
    }

    @Test
    void showsNothingForAnEmptyNode() {
        DashboardFigures figures = statistics().over(FROM, UNTIL);

        assertThat(figures.volume()).isEmpty();
        assertThat(figures.latency()).isEmpty();
        assertThat(figures.refusals()).isEmpty();
    }
}
