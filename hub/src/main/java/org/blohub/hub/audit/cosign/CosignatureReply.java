package org.blohub.hub.audit.cosign;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a {@code BloKind=COSIGNATURE} message: the witness's cosignature line and the tree size of the
 * origin's checkpoint it signs, so a reply that arrives after the origin signed a newer checkpoint still finds
 * its checkpoint.
 */
record CosignatureReply(long treeSize, String cosignature) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String json() {
        return JSON.writeValueAsString(this);
    }

    static CosignatureReply parse(String json) {
        try {
            CosignatureReply reply = JSON.readValue(json, CosignatureReply.class);
            if (reply.cosignature() == null) {
                throw new CosignException("cosignature reply without a cosignature line");
            }
            return reply;
        } catch (JacksonException e) {
            throw new CosignException("cosignature reply is not well-formed JSON", e);
        }
    }
}
