package org.blohub.hub.adapter;

import java.time.Clock;
import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.adapters.channel.DirectoryDrop;
import org.blohub.adapters.channel.DirectoryDropRoute;
import org.blohub.adapters.channel.ImapPoll;
import org.blohub.adapters.channel.ImapPollRoute;
import org.blohub.adapters.channel.SftpPull;
import org.blohub.adapters.channel.SftpPullRoute;
import org.blohub.adapters.spi.NationalFormats;
import org.blohub.hub.adapter.idempotency.IdempotentSubmission;
import org.blohub.hub.pipeline.MessageSubmitter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One directory drop route per configured inbound adapter, for an SFTP adapter the pull into its directory, and one
 * IMAP poll per mail adapter.
 */
@Component
class InboundAdapterRoutes extends RouteBuilder {

    private final AdapterPlan plan;
    private final NationalFormats formats;
    private final MessageSubmitter submitter;
    private final IdempotentSubmission idempotent;
    private final AdapterRefusalAudit audit;
    private final Clock clock;
    private final MessageIds ids;
    private final Duration referenceRetention;

    InboundAdapterRoutes(AdapterPlan plan, NationalFormats formats, MessageSubmitter submitter,
            IdempotentSubmission idempotent, AdapterRefusalAudit audit, Clock clock, MessageIds ids,
            @Value("${blo.adapters.reference-retention:365d}") Duration referenceRetention) {
        this.plan = plan;
        this.formats = formats;
        this.submitter = submitter;
        this.idempotent = idempotent;
        this.audit = audit;
        this.clock = clock;
        this.ids = ids;
        this.referenceRetention = referenceRetention;
    }

    @Override
    public void configure() throws Exception {
        for (InboundAdapter adapter : plan.inbound()) {
            AdapterIntake intake = new AdapterIntake(adapter.office(), adapter.format(), adapter.actor(),
                    adapter.defaults(), formats.inbound(adapter.format()).orElseThrow(), submitter, idempotent, audit,
                    clock, ids, referenceRetention);
            getCamelContext().addRoutes(new DirectoryDropRoute(new DirectoryDrop(adapter.routeId(), adapter.directory(),
                    adapter.poll(), adapter.settle(), adapter.maxFileBytes()), intake));
            if (adapter.sftp().isPresent()) {
                InboundAdapter.SftpServer server = adapter.sftp().get();
                getCamelContext().addRoutes(new SftpPullRoute(new SftpPull(adapter.pullRouteId(), server.host(),
                        server.port(), server.user(), server.password(), server.knownHostsFile(),
                        server.remoteDirectory(), adapter.poll(), adapter.directory())));
            }
        }
        for (MailAdapter adapter : plan.mail()) {
            AdapterIntake intake = new AdapterIntake(adapter.office(), adapter.format(), adapter.actor(),
                    adapter.defaults(), formats.inbound(adapter.format()).orElseThrow(), submitter, idempotent, audit,
                    clock, ids, referenceRetention);
            MailAdapter.MailServer server = adapter.server();
            getCamelContext().addRoutes(new ImapPollRoute(new ImapPoll(adapter.routeId(), server.host(), server.port(),
                    server.tls(), server.user(), server.password(), server.folder(), adapter.poll(),
                    adapter.allowedSenders()), intake));
        }
    }
}
