package org.blohub.hub.retention;

import java.util.Arrays;
import java.util.List;

import org.blohub.adapters.canonical.MessageKind;
import org.springframework.core.env.Environment;

/**
 * The retention rule of every kind that carries content: {@code blo.retention.request}, {@code .response},
 * {@code .notification} and {@code .alert}, each {@value #DEFAULT_PERIOD} unless set. RECEIPTs are never purged:
 * they are the proof of delivery that stays. Consent messages are not in the mailboxes the purge reads.
 */
final class RetentionRules {

    static final String DEFAULT_PERIOD = "5y";

    private final List<RetentionRule> rules;

    RetentionRules(List<RetentionRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** @throws RetentionSettingException naming the first setting that is not a retention period */
    static RetentionRules from(Environment environment) {
        return new RetentionRules(Arrays.stream(MessageKind.values())
                .filter(kind -> kind != MessageKind.RECEIPT && !kind.concernsConsent())
                .map(kind -> new RetentionRule(kind, RetentionPeriod.parse(RetentionRule.property(kind),
                        environment.getProperty(RetentionRule.property(kind), DEFAULT_PERIOD))))
                .toList());
    }

    List<RetentionRule> all() {
        return rules;
    }
}
