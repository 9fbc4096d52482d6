package org.blohub.adapters.channel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of one directory drop.
 *
 * @param routeId      the Camel route id, e.g. {@code adapter-in-LA-HOUAYXAY-la-customs-csv}
 * @param inbox        where the national system drops its files; {@code done/} and {@code error/} are created in it
 * @param poll         how often the directory is scanned
 * @param settle       how long a file's size and modification time must stay unchanged before it is taken
 * @param maxFileBytes larger files are refused without being read
 */
public record DirectoryDrop(String routeId, Path inbox, Duration poll, Duration settle, long maxFileBytes) {

    public DirectoryDrop {
        Objects.requireNonNull(routeId, "routeId");
        Objects.requireNonNull(inbox, "inbox");
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(settle, "settle");
    }
}
