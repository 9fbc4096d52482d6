package org.blohub.hub.node;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link RoleLease} as a row of {@code role_leases} (V24): the holder's instance name and the moment its lease
 * runs out. A claim is one conditional update, so of two instances claiming at once exactly one gets the role.
 */
public final class JdbcRoleLease implements RoleLease {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcRoleLease.class);

    private final JdbcClient jdbc;
    private final String role;
    private final String instance;
    private final Duration term;
    private final Clock clock;
    private boolean held;

    /**
     * @param role     the role's name, e.g. {@code audit-checkpoint-signer}
     * @param instance this instance's name, unique among the node's instances
     * @param term     how long a claim holds the role; the holder must claim again within it
     */
    public JdbcRoleLease(DataSource dataSource, String role, String instance, Duration term, Clock clock) {
        if (term.isNegative() || term.isZero()) {
            throw new IllegalArgumentException("the lease term of role " + role + " must be positive, not " + term);
        }
        this.jdbc = JdbcClient.create(dataSource);
        this.role = role;
        this.instance = instance;
        this.term = term;
        this.clock = clock;
    }

    @Override
    public synchronized boolean claim() {
        Instant now = clock.instant();
        boolean holds;
        try {
            holds = renewOrTakeOver(now) || takeFirst(now);
        } catch (DataAccessException e) {
            LOG.warn("BLO-NODE-004 cannot read the lease of role {} ({}); this instance leaves the role's work for "
                    + "a later attempt", role, e.getMostSpecificCause().getMessage());
            held = false;
            return false;
        }
        if (holds && !held) {
            LOG.info("BLO-NODE-002 instance {} now holds role {}, renewing it within {}", instance, role, term);
        } else if (!holds && held) {
            LOG.warn("BLO-NODE-003 instance {} no longer holds role {}: its lease ran out and another instance "
                    + "took it", instance, role);
        }
        held = holds;
        return holds;
    }

    @Override
    public synchronized void release() {
        if (!held) {
            return;
        }
        try {
            jdbc.sql("UPDATE role_leases SET expires_at = ? WHERE role = ? AND holder = ?")
                    .params(utc(clock.instant()), role, instance)
                    .update();
            LOG.info("BLO-NODE-005 instance {} gave up role {}", instance, role);
        } catch (DataAccessException e) {
            LOG.warn("BLO-NODE-004 cannot give up role {} ({}); another instance takes it when the lease runs out",
                    role, e.getMostSpecificCause().getMessage());
        }
        held = false;
    }

    private boolean renewOrTakeOver(Instant now) {
        return jdbc.sql("UPDATE role_leases SET holder = ?, expires_at = ? WHERE role = ? AND (holder = ? OR expires_at <= ?)")
                .params(instance, utc(now.plus(term)), role, instance, utc(now))
                .update() == 1;
    }

    private boolean takeFirst(Instant now) {
        return jdbc.sql("INSERT INTO role_leases (role, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(role, instance, utc(now.plus(term)))
                .update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
