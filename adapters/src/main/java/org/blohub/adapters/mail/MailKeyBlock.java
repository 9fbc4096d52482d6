package org.blohub.adapters.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blohub.adapters.intake.DocumentRefusedException;

/**
 * The {@code Key: value} lines at the top of an officer's mail text (To, Handling, Reply-By,
 * Conversation), up to the first empty line; the rest of the text is the message body, verbatim.
 */
record MailKeyBlock(Map<String, KeyLine> keys, String body) {

    static final Set<String> KNOWN_KEYS = Set.of("To", "Handling", "Reply-By", "Conversation");
    private static final Pattern KEY_LINE = Pattern.compile("^([A-Za-z][A-Za-z-]*):\\s*(.*)$");

    /** One key with the line of the text it is on (1 = first line of the text). */
    record KeyLine(String value, int line) {
    }

    static MailKeyBlock of(String text) throws DocumentRefusedException {
        String normalized = text.replace("\r\n", "\n");
        List<String> lines = normalized.lines().toList();
        int index = 0;
        while (index < lines.size() && lines.get(index).isBlank()) {
            index++;
        }
        Map<String, KeyLine> keys = new LinkedHashMap<>();
        while (index < lines.size() && !lines.get(index).isBlank()) {
            int lineNumber = index + 1;
            Matcher m = KEY_LINE.matcher(lines.get(index));
            if (!m.matches()) {
                throw new DocumentRefusedException("body line " + lineNumber, "", "Start the mail text with Key: value lines "
                        + "(To, Handling, Reply-By, Conversation), then an empty line, then the message.");
            }
            String key = canonicalKey(m.group(1));
            if (!KNOWN_KEYS.contains(key)) {
                throw new DocumentRefusedException("body line " + lineNumber, key, "Unknown key; use To, Handling, Reply-By or Conversation.");
            }
            if (keys.putIfAbsent(key, new KeyLine(m.group(2).strip(), lineNumber)) != null) {
                throw new DocumentRefusedException("body line " + lineNumber, key, "The key is given twice; give it once.");
            }
            index++;
        }
        String body = String.join("\n", lines.subList(Math.min(index, lines.size()), lines.size())).strip();
        return new MailKeyBlock(Map.copyOf(keys), body);
    }

    Optional<KeyLine> key(String name) {
        return Optional.ofNullable(keys.get(name));
    }

    private static String canonicalKey(String key) {
        for (String known : KNOWN_KEYS) {
            if (known.equalsIgnoreCase(key)) {
                return known;
            }
        }
        return key;
    }
}
