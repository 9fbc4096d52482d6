package org.blohub.adapters.channel;

import org.apache.camel.builder.RouteBuilder;

/**
 * The directory drop: takes each file once it is completely written, hands it to the sink, then moves it to
 * {@code done/} (every part posted) or {@code error/} (some part refused, with an error file next to it). When the
 * node cannot take it now, the file stays in the inbox and is offered again at the next poll.
 *
 * <p>Complete means: its size and modification time did not change for {@code settle} ({@code readLock=changed}).
 * Files whose names start with a dot or end with {@code .tmp} or {@code .part} are never taken, so a system that
 * writes under such a name and renames when done is safe with any settle time.
 */
public final class DirectoryDropRoute extends RouteBuilder {

    private final DirectoryDrop drop;
    private final InboundDocumentSink sink;

    public DirectoryDropRoute(DirectoryDrop drop, InboundDocumentSink sink) {
        this.drop = drop;
        this.sink = sink;
    }

    @Override
    public void configure() {
        from(uri()).routeId(drop.routeId()).process(new DroppedFileProcessor(drop, sink));
    }

    String uri() {
        long settleMillis = drop.settle().toMillis();
        return "file:" + drop.inbox().toAbsolutePath()
                + "?delay=" + drop.poll().toMillis()
                + "&readLock=changed&readLockCheckInterval=" + settleMillis + "&readLockMinAge=" + settleMillis
                + "&readLockMinLength=0&readLockTimeout=" + (settleMillis * 3 + 10_000)
                + "&antExclude=.*,*.tmp,*.part"
                + "&move=${exchangeProperty." + DroppedFileProcessor.TARGET + "}";
    }
}
