package org.blohub.crypto.cms;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bouncycastle.cms.RecipientInfoGenerator;

/**
 * Who a sealed envelope or part is encrypted to: the sender's own certificate first, then each distinct
 * recipient once. Certificates of one scheme are handed to it together, so that a key-agreement scheme can
 * serve them all with one ephemeral key.
 */
final class EncryptionRecipients {

    private EncryptionRecipients() {
    }

    static List<RecipientInfoGenerator> generators(RecipientSchemes schemes, X509Certificate sender,
            List<X509Certificate> recipients) throws SealingException {
        Set<X509Certificate> distinct = new LinkedHashSet<>();
        distinct.add(sender);
        distinct.addAll(recipients);
        Map<RecipientScheme, List<X509Certificate>> byScheme = new LinkedHashMap<>();
        for (X509Certificate recipient : distinct) {
            RecipientScheme scheme = schemes.forCertificate(recipient)
                    .orElseThrow(() -> new SealingException("cannot encrypt to recipient certificate serial "
                            + recipient.getSerialNumber().toString(16) + ": unsupported key type "
                            + KeyKind.of(recipient.getPublicKey())));
            byScheme.computeIfAbsent(scheme, ignored -> new ArrayList<>()).add(recipient);
        }
        List<RecipientInfoGenerator> generators = new ArrayList<>();
        for (Map.Entry<RecipientScheme, List<X509Certificate>> group : byScheme.entrySet()) {
            generators.addAll(group.getKey().recipientInfoGenerators(List.copyOf(group.getValue())));
        }
        return generators;
    }
}
