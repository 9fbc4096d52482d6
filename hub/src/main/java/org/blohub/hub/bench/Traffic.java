package org.blohub.hub.bench;

/** One way of sending a benchmark message of a fixed payload size: through the pipeline or raw JMS. */
interface Traffic {

    /** The id the next message will carry; the load registers its submission time under it before sending. */
    String nextId();

    /** Sends the message; returns when the sending side has accepted it (stored, handed to the broker). */
    void send(String id);

    /** How the payload travels: as the message body, or as one attachment part. */
    RunResult.Carriage carriage();
}
