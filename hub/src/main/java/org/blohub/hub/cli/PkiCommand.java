package org.blohub.hub.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code pki create-root|create-ca|issue-office|issue-tls|issue-registry-signer|create-audit-keys|revoke|crl}: a
 * regional root and national CAs, the registry signer, the certificates of a node's offices and of its TLS endpoint,
 * a node's audit keys, revocations and CRLs, with the profiles of docs/pki.md and the files laid out as
 * {@link org.blohub.hub.node.NodeMaterial} describes.
 */
@Command(name = "pki", mixinStandardHelpOptions = true,
        subcommands = {CreateRootCommand.class, CreateNationalCaCommand.class, IssueOfficeCommand.class,
                IssueNodeTlsCommand.class, IssueRegistrySignerCommand.class, CreateAuditKeysCommand.class,
                RevokeCertificateCommand.class, PublishCrlCommand.class},
        description = "Create or use a CA, issue office and node TLS certificates, revoke and publish CRLs (docs/pki.md).")
public final class PkiCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a subcommand: create-root, create-ca, issue-office, issue-tls, issue-registry-signer,"
                + " create-audit-keys, revoke or crl");
    }
}
