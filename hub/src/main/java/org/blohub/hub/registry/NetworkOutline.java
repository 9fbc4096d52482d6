package org.blohub.hub.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a checked template declares, so a bootstrap knows which keys and certificates to make
 * before publishing.
 *
 * @param nodeCountries node name to its country code, in template order
 * @param officeNodes   office id to the name of its node, in template order
 */
public record NetworkOutline(Map<String, String> nodeCountries, Map<String, String> officeNodes) {

    public NetworkOutline {
        nodeCountries = Collections.unmodifiableMap(new LinkedHashMap<>(nodeCountries));
        officeNodes = Collections.unmodifiableMap(new LinkedHashMap<>(officeNodes));
    }
}
