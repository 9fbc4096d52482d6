package org.blohub.hub.node;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.activemq.artemis.core.server.JournalType;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * One node's settings ({@code blo.node.*}).
 *
 * @param name            this node's name in the registry, e.g. {@code TH}
 * @param dataDir         where the broker journal and the H2 database live
 * @param materialDir     the directory with the signed registry, the trust root, the CRLs and
 *                        this node's keys ({@code keys/<node>/...}), as the demo bootstrap writes it
 * @param peers           the nodes this node bridges to; empty means every other node of the registry
 * @param maxEnvelopeBytes the largest sealed envelope accepted on submission and on arrival
 * @param linkRetryMax    the longest pause between two attempts to reach a peer
 * @param expiry          how long a message may wait undelivered, by priority
 * @param broker          settings of the node's broker, embedded or external ({@code blo.node.broker.*})
 * @param offices         settings of hosted offices whose keys are not in the PKCS#12 files
 *                        ({@code blo.node.offices[i].*}); an office not listed keeps its keys in the files
 * @param instanceName    this process among the hub instances of one node that share a database (docs/scale-out.md);
 *                        default the {@code HOSTNAME} variable, the process id and a random suffix
 */
@ConfigurationProperties("blo.node")
public record NodeProperties(
        String name,
        Path dataDir,
        Path materialDir,
        List<String> peers,
        long maxEnvelopeBytes,
        Duration linkRetryMax,
        Expiry expiry,
        Broker broker,
        List<HostedOffice> offices,
        String instanceName) {

    public NodeProperties {
        Objects.requireNonNull(name, "blo.node.name must be set");
        dataDir = dataDir == null ? Path.of("data", name) : dataDir;
        materialDir = materialDir == null ? Path.of("data", "demo") : materialDir;
        peers = peers == null ? List.of() : List.copyOf(peers);
        maxEnvelopeBytes = maxEnvelopeBytes <= 0 ? 30L * 1024 * 1024 : maxEnvelopeBytes;
        linkRetryMax = linkRetryMax == null ? Duration.ofSeconds(30) : linkRetryMax;
        expiry = expiry == null ? new Expiry(null, null, null) : expiry;
        broker = broker == null ? new Broker(null, null, null) : broker;
        offices = offices == null ? List.of() : List.copyOf(offices);
        instanceName = instanceName == null || instanceName.isBlank() ? defaultInstanceName() : instanceName;
    }

    private static String defaultInstanceName() {
        String host = Objects.requireNonNullElse(System.getenv("HOSTNAME"), "host");
        String suffix = HexFormat.of().toHexDigits((short) new SecureRandom().nextInt());
        return host + "/" + ProcessHandle.current().pid() + "/" + suffix;
    }

    /**
     * Where the keys of one hosted office live ({@code blo.node.offices[i]}).
     *
     * @param id   the office's id in the registry, e.g. {@code TH-CHIANGKHONG}
     * @param keys {@code keys.pkcs11.*}: the office's signing and decryption keys are in a PKCS#11 token
     */
    public record HostedOffice(String id, HostedOfficeKeys keys) {
        public HostedOffice {
            keys = keys == null ? new HostedOfficeKeys(null) : keys;
        }
    }

    /** @param pkcs11 the token holding the keys; unset means the PKCS#12 files (docs/pkcs11.md) */
    public record HostedOfficeKeys(TokenSettings pkcs11) {

        public Optional<TokenSettings> token() {
            return Optional.ofNullable(pkcs11);
        }
    }

    /**
     * @param journalType {@code NIO} (default), {@code ASYNCIO} (Linux with libaio) or {@code MAPPED}; see
     *                    docs/broker.md. Only for the embedded broker.
     * @param mode        {@code EMBEDDED} (default): the node runs its own broker; {@code EXTERNAL}: it connects to a
     *                    standalone Artemis broker configured from {@code config/standalone-broker/}
     * @param external    where the external broker is and how to log in; only read in {@code EXTERNAL} mode
     */
    public record Broker(JournalType journalType, BrokerMode mode, External external) {
        public Broker {
            journalType = journalType == null ? JournalType.NIO : journalType;
            mode = mode == null ? BrokerMode.EMBEDDED : mode;
            external = external == null ? new External(null, 0, null, null, null, null) : external;
        }
    }

    /** Whether the node embeds its broker or connects to a standalone one. */
    public enum BrokerMode {
        EMBEDDED, EXTERNAL
    }

    /**
     * A standalone broker's application acceptor ({@code blo.node.broker.external.*}), see docs/scale-out.md.
     *
     * @param host               host of the acceptor, named in the broker's TLS certificate
     * @param port               port of the acceptor
     * @param user               the node application's user on the broker (role {@code node})
     * @param password           its password
     * @param trustStore         PKCS#12 trust store for the broker's certificate; the node's own trust store if unset
     * @param trustStorePassword its password; the node's key store password if unset
     */
    public record External(String host, int port, String user, String password, Path trustStore,
            String trustStorePassword) {

        @Override
        public String toString() {
            return "External[host=" + host + ", port=" + port + ", user=" + user + ", password=(hidden), trustStore="
                    + trustStore + "]";
        }
    }

    /** Time to live of a message in the brokers, by priority. */
    public record Expiry(Duration flash, Duration immediate, Duration routine) {
        public Expiry {
            flash = flash == null ? Duration.ofHours(12) : flash;
            immediate = immediate == null ? Duration.ofDays(3) : immediate;
            routine = routine == null ? Duration.ofDays(14) : routine;
        }
    }
}
