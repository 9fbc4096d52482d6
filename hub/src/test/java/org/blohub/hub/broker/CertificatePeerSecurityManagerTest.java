package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The authorisation half of the security manager against the roles the broker configures; authentication is covered by PeerAccessIT. */
class CertificatePeerSecurityManagerTest {

    private final CertificatePeerSecurityManager securityManager = new CertificatePeerSecurityManager(
            "LA", certificate -> Optional.empty(), PeerRevocation.NONE, new ApplicationCredentials("node-LA", "secret"));

    private static final Set<Role> INBOUND_ROLES = BrokerRoles.byAddressMatch().get(BrokerAddresses.INBOUND);
    private static final Set<Role> OTHER_BLO_ROLES = BrokerRoles.byAddressMatch().get("blo.#");

    private static Subject subject(String user, String role) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        subject.getPrincipals().add(new RolePrincipal(role));
        return subject;
    }

    @Nested
    class APeer {

        private final Subject thailand = subject("TH", BrokerRoles.PEER);

        @Test
        void maySendToTheInboundAddress() {
            assertThat(securityManager.authorize(thailand, INBOUND_ROLES, CheckType.SEND, BrokerAddresses.INBOUND)).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = CheckType.class, names = "SEND", mode = EnumSource.Mode.EXCLUDE)
        void mayDoNothingElseOnTheInboundAddress(CheckType checkType) {
            assertThat(securityManager.authorize(thailand, INBOUND_ROLES, checkType, BrokerAddresses.INBOUND)).isFalse();
        }

        @ParameterizedTest
        @EnumSource(CheckType.class)
        void mayDoNothingOnOtherAddresses(CheckType checkType) {
            assertThat(securityManager.authorize(thailand, OTHER_BLO_ROLES, checkType, "blo.outbound.TH")).isFalse();
        }
    }

    @Nested
    class TheNodesApplication {

        private final Subject application = subject("node-LA", BrokerRoles.NODE);

        @ParameterizedTest
        @EnumSource(CheckType.class)
        void mayDoEverythingOnItsAddresses(CheckType checkType) {
            assertThat(securityManager.authorize(application, INBOUND_ROLES, checkType, BrokerAddresses.INBOUND)).isTrue();
            assertThat(securityManager.authorize(application, OTHER_BLO_ROLES, checkType, "blo.outbound.TH")).isTrue();
        }
    }

    @Test
    void refusesASubjectWithoutRoles() {
        Subject nobody = new Subject();
        nobody.getPrincipals().add(new UserPrincipal("nobody"));

        assertThat(securityManager.authorize(nobody, INBOUND_ROLES, CheckType.SEND, BrokerAddresses.INBOUND)).isFalse();
    }

    @Test
    void reportsNoUserForARefusedLogin() {
        assertThat(securityManager.getUserFromSubject(null)).isNull();
        assertThat(securityManager.getUserFromSubject(subject("TH", BrokerRoles.PEER))).isEqualTo("TH");
    }
}
