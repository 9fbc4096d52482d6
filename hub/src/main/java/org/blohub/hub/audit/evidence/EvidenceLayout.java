package org.blohub.hub.audit.evidence;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditRecord;

/** File names of an evidence bundle and its README, which the verifier regenerates and compares. */
final class EvidenceLayout {

    static final String ENVELOPE = "envelope.p7m";
    static final String EVENTS = "events.json";
    static final String CHECKPOINT = "checkpoint.txt";
    static final String LOG_KEY = "log.vkey";
    static final String CRLS = "crls.pem";
    static final String README = "README.txt";
    static final Pattern RECEIPT = Pattern.compile("receipt-[1-9][0-9]*\\.p7m");
    static final Pattern CHAIN = Pattern.compile("chain-[A-Z]{2}-[A-Z0-9]+\\.pem");
    /** Always there; {@link #ENVELOPE} too unless a PURGED event of the bundle says the content was purged. */
    static final List<String> REQUIRED = List.of(EVENTS, CHECKPOINT, LOG_KEY, CRLS, README);

    private static final String PURGED_TEXT = """

            The content of this message was purged on the node at %s under the retention rule
            %s: its sealed envelope was deleted, so envelope.p7m is not in this bundle. The PURGED
            event in events.json records that; the envelope's SHA-256 stays named by the earlier events.
            """;

    private static final String README_TEXT = """
                BLO Hub evidence bundle for message %s
                ======================================

                Check everything at once, offline, with the hub's jar and the regional root certificate:
                  java -jar blohub-hub.jar verify-evidence BUNDLE.zip --trust root.pem [--log-key KEY-FROM-REGISTRY]

                Files and how to check each with common tools:

                envelope.p7m   The sealed CMS envelope (DER) exactly as stored. It is encrypted to the
                               recipient offices, so an auditor cannot open it; its SHA-256 is what the
                               audit events name:  sha256sum envelope.p7m  (compare with envelopeSha256
                               in the leaves of events.json).  openssl cms -cmsout -print -inform DER -in envelope.p7m
                               shows its structure.
                receipt-N.p7m  Signed receipts as they travelled, sealed like messages. Their SHA-256
                               appears in the RECEIPT events of events.json:  sha256sum receipt-1.p7m
                events.json    {"messageId", "treeSize", "events": [{"index", "leaf", "inclusionProof"}]}.
                               "leaf" is base64 of the exact leaf bytes (RFC 8785 JSON naming its own index);
                               the leaf hash is  base64 -d <<<LEAF | (printf '\\x00'; cat) | sha256sum ;
                               "inclusionProof" is the RFC 9162 audit path (base64 hashes) to the root of
                               checkpoint.txt at treeSize.
                checkpoint.txt The node's signed checkpoint (C2SP signed note: origin, tree size, base64 root),
                               Ed25519 signature by the log key, then any witness cosignatures.
                log.vkey       The node's log verifier key, <origin>+<key id>+<base64 key>. It came with this
                               bundle: compare it with the key published in the network registry or received
                               out of band before trusting the checkpoint.
                chain-OFFICE.pem  The signing certificate of each office involved, then its national CA (PEM):
                               openssl verify -CAfile root.pem -untrusted chain-OFFICE.pem -crl_check_all -CRLfile crls.pem chain-OFFICE.pem
                crls.pem       The CRLs of the CAs on those paths (PEM):  openssl crl -in crls.pem -noout -text
                README.txt     This file.

                The message content is not included: auditors review who sent what to whom and when, and the
                envelope's hash ties it to the signed log.
                """;

    private EvidenceLayout() {
    }

    static String receiptName(int number) {
        return "receipt-" + number + ".p7m";
    }

    static String chainName(String officeId) {
        return "chain-" + officeId + ".pem";
    }

    static boolean isKnown(String name) {
        return REQUIRED.contains(name) || ENVELOPE.equals(name) || RECEIPT.matcher(name).matches()
                || CHAIN.matcher(name).matches();
    }

    /** The PURGED event among a message's events, if the node purged its content. */
    static Optional<AuditEvent> purgeAmong(List<AuditRecord> events) {
        return events.stream().map(AuditRecord::event).filter(event -> event.type() == AuditEventType.PURGED)
                .findFirst();
    }

    static String readme(String messageId, Optional<AuditEvent> purge) {
        return purge.map(purged -> README_TEXT.formatted(messageId) + PURGED_TEXT.formatted(purged.time(),
                purged.reasonCode().orElse("an unnamed rule"))).orElse(README_TEXT.formatted(messageId));
    }
}
