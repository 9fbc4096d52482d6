package org.blohub.hub.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps of a walk-through page, read from the fenced blocks that an HTML comment marks for the test:
 * {@code <!-- walkthrough: run -->} (a shell script), {@code <!-- walkthrough: file PATH -->} (a file to write) and
 * {@code <!-- walkthrough: start NODE -->} (the command that starts a node). Unmarked blocks are not steps.
 */
record WalkthroughPage(List<Step> steps) {

    private static final Pattern MARKED_BLOCK = Pattern.compile(
            "<!-- walkthrough: (run|file|start)(?: (\\S+))? -->\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);

    sealed interface Step permits Run, WriteFile, StartNode {
    }

    record Run(String script) implements Step {
    }

    record WriteFile(String path, String content) implements Step {
    }

    record StartNode(String node, String command) implements Step {
    }

    /** The page's steps in page order, every whole-word occurrence of a key of {@code replacements} replaced. */
    static WalkthroughPage read(Path page, Map<String, String> replacements) throws IOException {
        String text = Files.readString(page);
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            text = text.replaceAll("\\b" + Pattern.quote(replacement.getKey()) + "\\b", replacement.getValue());
        }
        List<Step> steps = new ArrayList<>();
        Matcher block = MARKED_BLOCK.matcher(text);
        while (block.find()) {
            String body = block.group(3);
            steps.add(switch (block.group(1)) {
                case "run" -> new Run(body);
                case "file" -> new WriteFile(block.group(2), body);
                default -> new StartNode(block.group(2), body.strip());
            });
        }
        return new WalkthroughPage(List.copyOf(steps));
    }
}
