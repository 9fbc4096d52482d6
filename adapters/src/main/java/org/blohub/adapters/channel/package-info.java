/**
 * The channels national systems use to reach the hub, as Camel route builders and small writers: the directory
 * drop ({@link org.blohub.adapters.channel.DirectoryDropRoute}) and the outbox directory
 * ({@link org.blohub.adapters.channel.DirectoryOutbox}). A channel moves documents; what a document becomes is the
 * {@link org.blohub.adapters.channel.InboundDocumentSink}'s business (the hub's).
 */
package org.blohub.adapters.channel;
