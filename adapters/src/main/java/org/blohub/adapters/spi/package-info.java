/**
 * The one contract between the hub and every national format: an {@link org.blohub.adapters.spi.InboundTranslator}
 * turns a national document into canonical messages (and refusals that say where and why), an
 * {@link org.blohub.adapters.spi.OutboundTranslator} writes a delivered message in the national format.
 * A new national system is a new translator plus configuration; the hub never changes for it.
 */
package org.blohub.adapters.spi;
