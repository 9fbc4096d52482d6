package org.blohub.hub.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A password read from a file given on the command line, else from an environment variable. */
record SecretSource(Optional<Path> file, String variable, String option) {

    char[] read(String what) throws CommandInputException {
        if (file.isPresent()) {
            try {
                String secret = Files.readString(file.get(), StandardCharsets.UTF_8).strip();
                if (secret.isEmpty()) {
                    throw new CommandInputException(file.get() + ": the " + what + " file is empty");
                }
                return secret.toCharArray();
            } catch (IOException e) {
                throw new CommandInputException(file.get() + ": cannot read the " + what + ": " + e.getMessage(), e);
            }
        }
        String value = System.getenv(variable);
        if (value == null || value.isEmpty()) {
            throw new CommandInputException("no " + what + ": pass " + option + " or set " + variable);
        }
        return value.toCharArray();
    }
}
