package org.blohub.hub.adapter;

import java.util.List;

/** The adapters this node runs, read from its adapter configuration file; none without one. */
record AdapterPlan(List<InboundAdapter> inbound, List<OutboundAdapter> outbound, List<MailAdapter> mail) {

    static final AdapterPlan NONE = new AdapterPlan(List.of(), List.of());

    AdapterPlan {
        inbound = List.copyOf(inbound);
        outbound = List.copyOf(outbound);
        mail = List.copyOf(mail);
    }

    AdapterPlan(List<InboundAdapter> inbound, List<OutboundAdapter> outbound) {
        this(inbound, outbound, List.of());
    }

    List<OutboundAdapter> outboundOf(String office) {
        return outbound.stream().filter(adapter -> adapter.office().equals(office)).toList();
    }
}
