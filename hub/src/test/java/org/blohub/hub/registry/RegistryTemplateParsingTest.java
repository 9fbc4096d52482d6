package org.blohub.hub.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The checks a template and a registry share, run on templates (no signing needed). */
class RegistryTemplateParsingTest {

    private static final Path FILE = Path.of("network.yaml");

    private static final String VALID = """
            domain: blo.mekong.example
            nodes:
              - name: TH
                country: TH
                displayName: Thailand
                broker: { host: 127.0.0.1, port: 61617 }
                httpPort: 8081
            offices:
              - id: TH-MAESAI
                node: TH
                displayName: Mae Sai BLO
              - id: TH-CHIANGKHONG
                node: TH
                displayName: Chiang Khong BLO
            agreements:
              - id: TH-LOCAL-2026
                from: [TH-MAESAI]
                to: [TH-CHIANGKHONG]
                direction: BOTH_WAYS
                kinds: [NOTIFICATION]
                upToHandlingCode: H0
            """;

    private static NetworkOutline parse(String yaml) throws RegistryException {
        return RegistryParser.parseTemplate(FILE, yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String problemsOf(String yaml) {
        try {
            parse(yaml);
        } catch (RegistryException e) {
            return e.getMessage();
        }
        throw new AssertionError("the template was accepted");
    }

    /** 1-based line of the only occurrence of {@code text} in {@code yaml}. */
    private static int lineOf(String yaml, String text) {
        assertThat(yaml).containsOnlyOnce(text);
        return (int) yaml.substring(0, yaml.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void outlinesTheNodesAndOfficesOfAValidTemplate() throws Exception {
        NetworkOutline outline = parse(VALID);

        assertThat(outline.nodeCountries()).containsExactlyEntriesOf(Map.of("TH", "TH"));
        assertThat(outline.officeNodes()).containsOnly(Map.entry("TH-MAESAI", "TH"), Map.entry("TH-CHIANGKHONG", "TH"));
    }

    @Nested
    class OperationGroups {

        private static final String GROUP = """
                operationGroups:
                  - id: MEKONG-JOINT-2026
                    name: Joint operation Mekong
                    owner: TH-CHIANGKHONG
                    members: [TH-CHIANGKHONG, TH-MAESAI]
                    from: 2026-01-01
                    until: 2026-12-31
                """;

        private String withGroup(String from, String to) {
            String yaml = VALID + GROUP;
            assertThat(yaml).contains(from);
            return yaml.replace(from, to);
        }

        @Test
        void areOptionalAndAcceptedWhenEveryMemberIsDeclared() throws Exception {
            assertThat(parse(VALID + GROUP).officeNodes()).containsKey("TH-CHIANGKHONG");
        }

        @Test
        void refuseAMemberThatIsNotDeclared() {
            String yaml = withGroup("members: [TH-CHIANGKHONG, TH-MAESAI]", "members: [TH-CHIANGKHONG, LA-HOUAYXAY]");

            assertThat(problemsOf(yaml)).isEqualTo("network.yaml line " + lineOf(yaml, "members:")
                    + ", field operationGroups[0].members[1]: office 'LA-HOUAYXAY' is not declared in offices");
        }

        @Test
        void refuseAnOwnerThatIsNotAMember() {
            String yaml = withGroup("members: [TH-CHIANGKHONG, TH-MAESAI]", "members: [TH-MAESAI]");

            assertThat(problemsOf(yaml)).isEqualTo("network.yaml line " + lineOf(yaml, "owner:")
                    + ", field operationGroups[0].owner: owner 'TH-CHIANGKHONG' is not one of the members");
        }

        @Test
        void refuseAnEndBeforeTheStart() {
            String yaml = withGroup("until: 2026-12-31", "until: 2025-12-31");

            assertThat(problemsOf(yaml)).isEqualTo("network.yaml line " + lineOf(yaml, "until:")
                    + ", field operationGroups[0].until: until 2025-12-31 is before from 2026-01-01");
        }

        @Test
        void refuseADateThatIsNoCalendarDay() {
            String yaml = withGroup("from: 2026-01-01", "from: 2026-02-30");

            assertThat(problemsOf(yaml)).isEqualTo("network.yaml line " + lineOf(yaml, "from: 2026-02-30")
                    + ", field operationGroups[0].from: '2026-02-30' is not a date like 2026-12-31");
        }

        @Test
        void refuseAGroupIdDeclaredTwice() {
            String yaml = VALID + GROUP + GROUP.substring(GROUP.indexOf("  - id:"));

            assertThat(problemsOf(yaml)).isEqualTo("network.yaml line 29, field operationGroups[1].id: "
                    + "operation group 'MEKONG-JOINT-2026' is declared twice");
        }

        @Test
        void refuseAMemberListedTwice() {
            String yaml = withGroup("members: [TH-CHIANGKHONG, TH-MAESAI]", "members: [TH-CHIANGKHONG, TH-CHIANGKHONG]");

            assertThat(problemsOf(yaml)).isEqualTo("network.yaml line " + lineOf(yaml, "members:")
                    + ", field operationGroups[0].members[1]: office 'TH-CHIANGKHONG' is listed twice");
        }

        @Test
        void refuseAnUnknownField() {
            String yaml = withGroup("until: 2026-12-31", "until: 2026-12-31\n    agreement: TH-LOCAL-2026");

            assertThat(problemsOf(yaml)).startsWith("network.yaml line " + lineOf(yaml, "agreement: TH-LOCAL")
                    + ", field operationGroups[0].agreement: unknown field 'agreement'");
        }
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(problemsOf("")).isEqualTo("network.yaml line 1, field (document): the file is empty");
    }

    @Test
    void refusesAFieldWrittenTwice() {
        String yaml = VALID.replace("    httpPort: 8081\n", "    httpPort: 8081\n    httpPort: 8082\n");

        assertThat(problemsOf(yaml)).isEqualTo(
                "network.yaml line 8, field nodes[0].httpPort: field is written twice (first on line 7)");
    }

    @Test
    void refusesASecondYamlDocument() {
        assertThat(problemsOf(VALID + "---\ndomain: other.example\n"))
                .isEqualTo("network.yaml line 23, field (document): only one YAML document is allowed, found a second one");
    }

    @Test
    void refusesARootThatIsNotAMapping() {
        assertThat(problemsOf("- just\n- a list\n")).startsWith(
                "network.yaml line 1, field : expected a mapping with fields domain, nodes, offices, agreements");
    }

    @Test
    void refusesAMissingTopLevelList() {
        String yaml = VALID.substring(0, VALID.indexOf("agreements:"));

        assertThat(problemsOf(yaml)).isEqualTo("network.yaml line 1, field agreements: required field is missing");
    }

    @Test
    void refusesAnEmptyList() {
        String yaml = VALID.replace("kinds: [NOTIFICATION]", "kinds: []");

        assertThat(problemsOf(yaml)).isEqualTo("network.yaml line " + lineOf(yaml, "kinds: []")
                + ", field agreements[0].kinds: the list must not be empty");
    }

    @Test
    void refusesASingleValueWhereAListBelongs() {
        String yaml = VALID.replace("to: [TH-CHIANGKHONG]", "to: TH-CHIANGKHONG");

        assertThat(problemsOf(yaml)).isEqualTo("network.yaml line " + lineOf(yaml, "to: TH-CHIANGKHONG")
                + ", field agreements[0].to: expected a list, found a single value");
    }

    @Test
    void refusesAFieldWithoutValue() {
        String yaml = VALID.replace("displayName: Mae Sai BLO", "displayName:");

        assertThat(problemsOf(yaml)).isEqualTo("network.yaml line " + lineOf(yaml, "displayName:\n")
                + ", field offices[0].displayName: required field has no value");
    }

    @Test
    void refusesABrokerWrittenAsASingleValue() {
        String yaml = VALID.replace("broker: { host: 127.0.0.1, port: 61617 }", "broker: 127.0.0.1:61617");

        assertThat(problemsOf(yaml)).isEqualTo("network.yaml line 6, field nodes[0].broker:"
                + " expected a mapping with fields host, port, found a single value");
    }

    @Test
    void refusesADuplicateKindAndADuplicateNode() {
        String yaml = VALID.replace("kinds: [NOTIFICATION]", "kinds: [NOTIFICATION, NOTIFICATION]")
                .replace("offices:\n", """
                          - name: TH
                            country: TH
                            displayName: Thailand again
                            broker: { host: 127.0.0.1, port: 61620 }
                            httpPort: 8090
                        offices:
                        """);

        assertThat(problemsOf(yaml)).isEqualTo("network.yaml line " + (lineOf(yaml, "Thailand again") - 2)
                + ", field nodes[1].name: node 'TH' is declared twice\n"
                + "network.yaml line " + lineOf(yaml, "kinds: [NOTIFICATION, NOTIFICATION]")
                + ", field agreements[0].kinds[1]: kind NOTIFICATION is listed twice");
    }

    @Test
    void refusesCertificatesInATemplate() {
        String yaml = VALID.replace("    node: TH\n    displayName: Mae Sai BLO\n",
                "    node: TH\n    displayName: Mae Sai BLO\n    signingCertificate: x\n");

        assertThatThrownBy(() -> parse(yaml)).isInstanceOfSatisfying(RegistryException.class, e -> {
            assertThat(e.file()).isEqualTo(FILE);
            assertThat(e.problems()).containsExactly(new RegistryProblem(lineOf(yaml, "signingCertificate: x"),
                    "offices[0].signingCertificate",
                    "unknown field 'signingCertificate' (allowed here: id, node, displayName, cryptoProfile)"));
        });
    }
}
