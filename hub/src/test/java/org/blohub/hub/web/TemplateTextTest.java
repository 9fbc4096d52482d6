package org.blohub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Templates carry no text of their own: every label, error and help text comes from the message bundles
 * ({@code th:text="#{...}"}), so every page exists in every language. A letter of any script between tags, or in a
 * {@code title}, {@code placeholder}, {@code aria-label} or {@code alt} attribute not computed by Thymeleaf, is
 * literal text.
 */
class TemplateTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile(">([^<]*\\p{L}[^<]*)<");
    static final Pattern LITERAL_ATTRIBUTE = Pattern.compile("(?<![:\\w-])(title|placeholder|aria-label|alt)\\s*=\\s*\"([^\"]*)\"");

    @Test
    void templatesHaveNoLiteralTextInElementBodies() throws IOException {
        assertThat(literalTexts(TEXT_BETWEEN_TAGS, 1)).isEmpty();
    }

    @Test
    void templatesHaveNoLiteralTitlePlaceholderLabelOrAltAttributes() throws IOException {
        assertThat(literalTexts(LITERAL_ATTRIBUTE, 0)).isEmpty();
    }

    @Test
    void theCheckFindsLiteralTextWhereItIs() {
        assertThat(TEXT_BETWEEN_TAGS.matcher("<p>Inbox</p>").find()).isTrue();
        assertThat(TEXT_BETWEEN_TAGS.matcher("<p>กล่องรับ</p>").find()).isTrue();
        assertThat(TEXT_BETWEEN_TAGS.matcher("<p th:text=\"#{nav.inbox}\"></p> | <span></span>").find()).isFalse();
        assertThat(LITERAL_ATTRIBUTE.matcher("<input placeholder=\"Name\">").find()).isTrue();
        assertThat(LITERAL_ATTRIBUTE.matcher("<input th:placeholder=\"#{name}\">").find()).isFalse();
    }

    private static List<String> literalTexts(Pattern pattern, int group) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                String html = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
                Matcher matcher = pattern.matcher(html);
                while (matcher.find()) {
                    found.add(TEMPLATES.relativize(file) + ": " + matcher.group(group).strip());
                }
            }
        }
        return found;
    }
}
