package org.blohub.hub.broker;

import java.util.regex.Pattern;

/** Node names become parts of queue names, so they are kept to upper-case letters, digits and dashes. */
final class NodeNames {

    private static final Pattern VALID = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");

    private NodeNames() {
    }

    static String requireValid(String nodeName) {
        if (nodeName == null || !VALID.matcher(nodeName).matches()) {
            throw new IllegalArgumentException(
                    "node name must be 2-32 upper-case letters, digits or dashes, starting with a letter: " + nodeName);
        }
        return nodeName;
    }
}
