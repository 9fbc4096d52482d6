package org.blohub.hub.pipeline;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.node.OfficeKeys;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.Office;
import org.springframework.stereotype.Component;

/** Who a message and its attachment parts are sealed to: the sending office's keys and each addressed office's encryption certificate. */
@Component
class RecipientCertificates {

    private final OfficeKeyring keyring;
    private final NetworkRegistry registry;

    RecipientCertificates(OfficeKeyring keyring, NetworkRegistry registry) {
        this.keyring = keyring;
        this.registry = registry;
    }

    record Sealing(OfficeKeys sender, List<X509Certificate> recipients) {
    }

    Sealing of(LiaisonMessage message) throws SubmissionRefusedException {
        OfficeKeys sender = keyring.keysOf(message.from()).orElseThrow(() -> new SubmissionRefusedException(
                SubmissionRefusedException.Problem.NOT_AUTHORIZED,
                "office " + message.from() + " is not hosted by this node", List.of()));
        List<X509Certificate> recipients = new ArrayList<>();
        for (String to : message.to()) {
            Office office = registry.office(to).orElseThrow(() -> new SubmissionRefusedException(
                    SubmissionRefusedException.Problem.NOT_AUTHORIZED, "unknown office " + to, List.of()));
            recipients.add(office.encryptionCertificate());
        }
        return new Sealing(sender, recipients);
    }
}
