package org.blohub.hub.bench;

/**
 * One measured run: a variant (raw broker or sealed pipeline), a payload size, how the payload travelled,
 * and a message count.
 *
 * @param throughput   delivered messages per second, first submission to last delivery
 * @param cpuCoresBusy process CPU time over wall time during the run (both nodes and the load, one JVM; with
 *                     PostgreSQL on this machine, its server's processes too)
 * @param heapAfterGcMib heap in use after a full collection at the end of the run
 */
record RunResult(Variant variant, int payloadBytes, Carriage carriage, int sent, int delivered, int receipts,
        double seconds, double throughput, LatencySummary toDelivered, LatencySummary toReceipt, double cpuCoresBusy,
        double cpuMillisPerMessage, double heapAfterGcMib) {

    enum Variant {
        BASELINE("raw JMS"),
        PIPELINE("sealed pipeline"),
        PIPELINE_POSTGRESQL("sealed pipeline, PostgreSQL");

        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    /** How the payload travelled: as the body of the JMS message or canonical message, or as one attachment part. */
    enum Carriage {
        BODY,
        ATTACHMENT
    }
}
