package org.blohub.hub.broker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;

import org.apache.activemq.artemis.core.remoting.CertificateUtil;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnection;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates the two kinds of broker client:
 * <ul>
 * <li>a peer node over the TLS acceptor, by its client certificate alone (user name and password
 * are ignored), given role {@code peer} when {@link PeerIdentities} knows the certificate and
 * {@link PeerRevocation} does not say it is revoked;</li>
 * <li>the node's own application over the in-VM acceptor, by the application credentials, given
 * role {@code node}.</li>
 * </ul>
 * Everything else is refused and logged with a stable code; message content is never logged.
 */
final class CertificatePeerSecurityManager implements ActiveMQSecurityManager5 {

    private static final Logger LOG = LoggerFactory.getLogger(CertificatePeerSecurityManager.class);

    private final String nodeName;
    private final PeerIdentities peerIdentities;
    private final PeerRevocation revocation;
    private final ApplicationCredentials applicationCredentials;

    CertificatePeerSecurityManager(String nodeName, PeerIdentities peerIdentities, PeerRevocation revocation,
            ApplicationCredentials applicationCredentials) {
        this.nodeName = nodeName;
        this.peerIdentities = peerIdentities;
        this.revocation = revocation;
        this.applicationCredentials = applicationCredentials;
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain) {
        if (connection == null) {
            return null;
        }
        if (connection.getTransportConnection() instanceof InVMConnection) {
            return authenticateApplication(user, password);
        }
        return authenticatePeer(connection);
    }

    private Subject authenticateApplication(String user, String password) {
        if (applicationCredentials.user().equals(user) && sameSecret(applicationCredentials.password(), password)) {
            return subject(user, BrokerRoles.NODE);
        }
        LOG.warn("BLO-BRK-003 node {}: in-VM login refused: user={}", nodeName, user);
        return null;
    }

    private Subject authenticatePeer(RemotingConnection connection) {
        X509Certificate[] certificates = CertificateUtil.getCertsFromConnection(connection);
        if (certificates == null || certificates.length == 0) {
            LOG.warn("BLO-BRK-002 node {}: connection without a client certificate refused: remote={}",
                    nodeName, connection.getRemoteAddress());
            return null;
        }
        X509Certificate clientCertificate = certificates[0];
        Optional<String> peer = peerIdentities.nodeNameOf(clientCertificate);
        if (peer.isEmpty()) {
            LOG.warn("BLO-BRK-001 node {}: peer certificate not recognised: subject={} sha256={} remote={}",
                    nodeName, clientCertificate.getSubjectX500Principal().getName(),
                    PinnedPeerCertificates.fingerprint(clientCertificate), connection.getRemoteAddress());
            return null;
        }
        Optional<Instant> revoked = revocation.revokedSince(clientCertificate);
        if (revoked.isPresent()) {
            LOG.warn("BLO-BRK-005 node {}: peer {} refused: its TLS certificate was revoked at {}: sha256={} remote={}",
                    nodeName, peer.get(), revoked.get(), PinnedPeerCertificates.fingerprint(clientCertificate),
                    connection.getRemoteAddress());
            return null;
        }
        LOG.info("BLO-BRK-010 node {}: peer {} authenticated by certificate: remote={}",
                nodeName, peer.get(), connection.getRemoteAddress());
        return subject(peer.get(), BrokerRoles.PEER);
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        Set<String> granted = subject.getPrincipals(RolePrincipal.class).stream()
                .map(RolePrincipal::getName)
                .collect(Collectors.toSet());
        boolean allowed = roles.stream()
                .anyMatch(role -> granted.contains(role.getName()) && checkType.hasRole(role));
        if (!allowed) {
            LOG.warn("BLO-BRK-004 node {}: {} refused on address {} for {} (roles {})",
                    nodeName, checkType, address, getUserFromSubject(subject), granted);
        }
        return allowed;
    }

    /** Artemis' contract: null for no subject (a refused login). */
    @Override
    public String getUserFromSubject(Subject subject) {
        if (subject == null) {
            return null;
        }
        return subject.getPrincipals(UserPrincipal.class).stream()
                .map(UserPrincipal::getName)
                .findFirst()
                .orElse(null);
    }

    /** Only the {@link #authenticate} path is used; the older user/password entry points refuse everyone. */
    @Override
    public boolean validateUser(String user, String password) {
        return false;
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        return false;
    }

    private static Subject subject(String user, String role) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        subject.getPrincipals().add(new RolePrincipal(role));
        subject.setReadOnly();
        return subject;
    }

    private static boolean sameSecret(String expected, String offered) {
        return offered != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), offered.getBytes(StandardCharsets.UTF_8));
    }
}
