package org.blohub.hub.web.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the auditor's dashboard draws, over the days {@code [from, until)} in UTC.
 *
 * @param volume    messages created per sending office, recipient office and day
 * @param latency   per day, how long delivered messages took from submission to the DELIVERED receipt
 * @param refusals  REJECTED events per reason code
 */
record DashboardFigures(Instant from, Instant until, List<PairVolume> volume, List<DailyLatency> latency,
        List<RefusalCount> refusals) {

    DashboardFigures {
        volume = List.copyOf(volume);
        latency = List.copyOf(latency);
        refusals = List.copyOf(refusals);
    }

    /** Messages from one office to another on one day (a message to two offices counts for both pairs). */
    record PairVolume(String fromOffice, String toOffice, LocalDate day, long messages) {
    }

    /** Submit-to-DELIVERED times of the messages submitted on one day, in seconds. */
    record DailyLatency(LocalDate day, long delivered, double medianSeconds, double p95Seconds, double maxSeconds) {
    }

    record RefusalCount(String reasonCode, long refusals) {
    }
}
