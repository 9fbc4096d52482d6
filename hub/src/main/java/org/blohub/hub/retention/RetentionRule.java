package org.blohub.hub.retention;

import java.util.Locale;

import org.blohub.adapters.canonical.MessageKind;

/** The retention period of one message kind on this node; its name is what a purge records as the rule. */
record RetentionRule(MessageKind kind, RetentionPeriod period) {

    static final String PREFIX = "blo.retention.";

    static String property(MessageKind kind) {
        return PREFIX + kind.name().toLowerCase(Locale.ROOT);
    }

    /** The setting as the node applied it, e.g. {@code retention.request=5y}: the PURGED event's reason code. */
    String name() {
        return "retention." + kind.name().toLowerCase(Locale.ROOT) + "=" + period.setting();
    }
}
