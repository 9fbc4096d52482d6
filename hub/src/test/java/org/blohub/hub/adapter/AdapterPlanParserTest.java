package org.blohub.hub.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.blohub.adapters.canonical.Handling;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.channel.SmtpServer;
import org.blohub.adapters.spi.DocumentDefaults;
import org.blohub.adapters.spi.NationalFormats;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdapterPlanParserTest {

    @TempDir
    Path directory;

    private final NationalFormats formats = NationalFormats.load();

    private AdapterPlan parse(String yaml) throws IOException {
        Path file = directory.resolve("LA.yaml");
        Files.writeString(file, yaml);
        return new AdapterPlanParser(formats, Set.of("LA-HOUAYXAY", "LA-TONPHEUNG")::contains, directory).parse(file);
    }

    @Nested
    class AWellFormedFile {

        @Test
        void givesEachOfficesInboundAndOutboundAdaptersWithDirectoriesResolvedAgainstTheBase() throws IOException {
            AdapterPlan plan = parse("""
                    offices:
                      - office: LA-HOUAYXAY
                        inbound:
                          - channel: directory
                            format: test-lines
                            directory: adapters/LA-HOUAYXAY/inbox
                            poll: 2s
                            maxFileSize: 1MB
                            handling: H1
                            language: lo
                        outbound:
                          - channel: directory
                            format: test-lines
                            directory: /srv/customs/outbox
                    """);

            assertThat(plan.inbound()).containsExactly(new InboundAdapter("LA-HOUAYXAY", "test-lines",
                    directory.resolve("adapters/LA-HOUAYXAY/inbox"), Duration.ofSeconds(2), Duration.ofSeconds(2),
                    1024 * 1024, new DocumentDefaults(Handling.of(HandlingCode.H1), "lo"), Optional.empty()));
            assertThat(plan.outboundOf("LA-HOUAYXAY")).containsExactly(
                    new OutboundAdapter("LA-HOUAYXAY", "test-lines",
                            new OutboundChannel.Directory(Path.of("/srv/customs/outbox"))));
            assertThat(plan.outboundOf("LA-TONPHEUNG")).isEmpty();
        }
    }

    @Nested
    class AnSftpPull {

        @Test
        void takesItsServerFromTheFileAndItsPasswordAndHostKeyFromTheirOwnFiles() throws IOException {
            Files.writeString(directory.resolve("sftp.password"), "s3cret-pass\n");
            Files.writeString(directory.resolve("known_hosts"), "sftp.customs.example ssh-ed25519 AAAA\n");

            AdapterPlan plan = parse("""
                    offices:
                      - office: LA-HOUAYXAY
                        inbound:
                          - channel: sftp
                            format: test-lines
                            directory: sftp-inbox
                            host: sftp.customs.example
                            user: blo
                            passwordFile: sftp.password
                            knownHostsFile: known_hosts
                            remoteDirectory: outgoing
                    """);

            assertThat(plan.inbound().get(0).sftp()).contains(new InboundAdapter.SftpServer("sftp.customs.example", 22,
                    "blo", "s3cret-pass", directory.resolve("known_hosts"), "outgoing"));
        }

        @Test
        void isRefusedWithoutItsKnownHostsFile() {
            assertThatThrownBy(() -> parse("""
                    offices:
                      - office: LA-HOUAYXAY
                        inbound:
                          - channel: sftp
                            format: test-lines
                            directory: sftp-inbox
                            host: sftp.customs.example
                            user: blo
                            passwordFile: missing.password
                            remoteDirectory: outgoing
                    """))
                    .hasMessageContaining("line 9, field offices[0].inbound[0].passwordFile: no readable file ")
                    .hasMessageContaining("line 4, field offices[0].inbound[0].knownHostsFile: missing field "
                            + "'knownHostsFile'");
        }
    }

    @Nested
    class AnImapPoll {

        @Test
        void takesItsServerFromTheFileItsPasswordFromItsOwnFileAndDefaultsToImapsAndTheInbox() throws IOException {
            Files.writeString(directory.resolve("imap.password"), "mail-pass\n");

            AdapterPlan plan = parse("""
                    offices:
                      - office: LA-HOUAYXAY
                        inbound:
                          - channel: imap
                            format: test-lines
                            host: mail.example
                            user: blo-inbox
                            passwordFile: imap.password
                            allowedSenders: [Duty@Houayxay.example, chief@houayxay.example]
                          - channel: imap
                            format: test-lines
                            host: mail.example
                            tls: false
                            user: blo-inbox
                            passwordFile: imap.password
                            folder: Officers
                            poll: 10s
                            allowedSenders: [duty@houayxay.example]
                            noticeHost: smtp.example
                            noticeFrom: blo@houayxay.example
                            noticeUser: blo-notices
                            noticePasswordFile: imap.password
                    """);

            assertThat(plan.inbound()).isEmpty();
            assertThat(plan.mail()).containsExactly(new MailAdapter("LA-HOUAYXAY", "test-lines",
                    new MailAdapter.MailServer("mail.example", 993, true, "blo-inbox", "mail-pass", "INBOX"),
                    Duration.ofMinutes(1), Set.of("duty@houayxay.example", "chief@houayxay.example"),
                    DocumentDefaults.STANDARD, Optional.empty()), new MailAdapter("LA-HOUAYXAY", "test-lines",
                    new MailAdapter.MailServer("mail.example", 143, false, "blo-inbox", "mail-pass", "Officers"),
                    Duration.ofSeconds(10), Set.of("duty@houayxay.example"), DocumentDefaults.STANDARD,
                    Optional.of(new SmtpServer("smtp.example", 25, "blo@houayxay.example", Optional.of("blo-notices"),
                            Optional.of("mail-pass")))));
        }

        @Test
        void isRefusedWithoutAllowedSendersWithABadAddressABadTlsFlagAndAnUnknownField() {
            assertThatThrownBy(() -> parse("""
                    offices:
                      - office: LA-HOUAYXAY
                        inbound:
                          - channel: imap
                            format: test-lines
                            host: mail.example
                            user: blo-inbox
                            passwordFile: missing.password
                            allowedSenders: []
                          - channel: imap
                            format: test-lines
                            host: mail.example
                            tls: yes please
                            user: blo-inbox
                            passwordFile: missing.password
                            allowedSenders: ["Duty Officer <duty@houayxay.example>"]
                            directory: inbox
                          - channel: imap
                            format: test-lines
                            host: mail.example
                            user: blo-inbox
                            passwordFile: missing.password
                            noticeHost: smtp.example
                            noticeFrom: BLO notices
                    """))
                    .hasMessageContaining("line 24, field offices[0].inbound[2].noticeFrom: not a mail address")
                    .hasMessageContaining("line 9, field offices[0].inbound[0].allowedSenders: name at least one "
                            + "sender address")
                    .hasMessageContaining("line 8, field offices[0].inbound[0].passwordFile: no readable file ")
                    .hasMessageContaining("line 13, field offices[0].inbound[1].tls: write true or false")
                    .hasMessageContaining("line 16, field offices[0].inbound[1].allowedSenders[0]: not a mail address")
                    .hasMessageContaining("line 17, field offices[0].inbound[1].directory: unknown field 'directory'")
                    .hasMessageContaining("line 18, field offices[0].inbound[2].allowedSenders: missing field "
                            + "'allowedSenders'");
        }
    }

    @Nested
    class AnImapPollWithNoticeSettingsButNoNoticeHost {

        @Test
        void isRefusedNamingEachNoticeSetting() throws IOException {
            Files.writeString(directory.resolve("imap.password"), "mail-pass\n");

            assertThatThrownBy(() -> parse("""
                    offices:
                      - office: LA-HOUAYXAY
                        inbound:
                          - channel: imap
                            format: test-lines
                            host: mail.example
                            user: blo-inbox
                            passwordFile: imap.password
                            allowedSenders: [duty@houayxay.example]
                            noticeFrom: blo@houayxay.example
                    """))
                    .hasMessageContaining("line 10, field offices[0].inbound[0].noticeFrom: 'noticeFrom' needs "
                            + "'noticeHost'");
        }
    }

    @Nested
    class AWebhook {

        @Test
        void takesItsSecretFromItsOwnFileAndDefaultsItsRetries() throws IOException {
            Files.writeString(directory.resolve("webhook.secret"), "0123456789abcdef0123\n");

            AdapterPlan plan = parse("""
                    offices:
                      - office: LA-HOUAYXAY
                        outbound:
                          - channel: webhook
                            format: test-lines
                            url: https://customs.example/blo
                            secretFile: webhook.secret
                    """);

            OutboundChannel.WebhookCall webhook = (OutboundChannel.WebhookCall) plan.outbound().get(0).channel();
            assertThat(webhook.settings().url()).hasToString("https://customs.example/blo");
            assertThat(webhook.settings().secret()).asString().isEqualTo("0123456789abcdef0123");
            assertThat(webhook.settings().attempts()).isEqualTo(5);
        }

        @Test
        void isRefusedWithAShortSecretABadUrlAndAsAnInboundChannel() throws IOException {
            Files.writeString(directory.resolve("short.secret"), "1234");

            assertThatThrownBy(() -> parse("""
                    offices:
                      - office: LA-HOUAYXAY
                        inbound:
                          - channel: webhook
                            format: test-lines
                            directory: in
                        outbound:
                          - channel: webhook
                            format: test-lines
                            url: ftp://customs.example
                            secretFile: short.secret
                    """))
                    .hasMessageContaining("line 4, field offices[0].inbound[0].channel: channel 'webhook' is not "
                            + "available here in this version of BLO Hub; available here: directory, imap, sftp")
                    .hasMessageContaining("line 10, field offices[0].outbound[0].url: not an http(s) URL")
                    .hasMessageContaining("line 11, field offices[0].outbound[0].secretFile: the secret in ")
                    .hasMessageContaining("is shorter than 16 bytes");
        }
    }

    @Nested
    class AMalformedFile {

        @Test
        void isRefusedNamingTheFileLineAndFieldOfAnUnknownFormat() {
            assertThatThrownBy(() -> parse("""
                    offices:
                      - office: LA-HOUAYXAY
                        inbound:
                          - channel: directory
                            format: la-csv
                            directory: inbox
                    """))
                    .isInstanceOf(AdapterConfigurationException.class)
                    .hasMessageContaining("LA.yaml line 5, field offices[0].inbound[0].format: unknown format 'la-csv'; "
                            + "available on this node: ")
                    .hasMessageContaining("la-customs-csv");
        }

        @Test
        void isRefusedForAnUnknownChannelAMissingFieldAndAnOfficeOfAnotherNodeAllAtOnce() {
            assertThatThrownBy(() -> parse("""
                    offices:
                      - office: TH-CHIANGKHONG
                        outbound:
                          - channel: ftp
                            format: test-lines
                            directory: out
                      - office: LA-TONPHEUNG
                        inbound:
                          - channel: directory
                            format: test-lines
                    """))
                    .isInstanceOf(AdapterConfigurationException.class)
                    .hasMessageContaining("line 2, field offices[0].office: office 'TH-CHIANGKHONG' is not hosted by "
                            + "this node")
                    .hasMessageContaining("line 4, field offices[0].outbound[0].channel: unknown channel 'ftp'")
                    .hasMessageContaining("line 9, field offices[1].inbound[0].directory: missing field 'directory'");
        }

        @Test
        void isRefusedForAMisspelledFieldAndABadDuration() {
            assertThatThrownBy(() -> parse("""
                    offices:
                      - office: LA-HOUAYXAY
                        inbound:
                          - channel: directory
                            format: test-lines
                            directory: inbox
                            pol: 5s
                            settle: soon
                    """))
                    .hasMessageContaining("line 7, field offices[0].inbound[0].pol: unknown field 'pol'")
                    .hasMessageContaining("line 8, field offices[0].inbound[0].settle: not a duration: 'soon'");
        }

        @Test
        void isRefusedWhenTheYamlIsBroken() {
            assertThatThrownBy(() -> parse("offices:\n  - office: [LA-HOUAYXAY\n"))
                    .hasMessageContaining("LA.yaml line")
                    .hasMessageContaining("not valid YAML");
        }
    }
}
