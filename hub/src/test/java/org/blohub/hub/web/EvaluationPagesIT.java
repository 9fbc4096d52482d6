package org.blohub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.SharedDemoPair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * A request a national system sent with 4x4 evaluations and national references, as the receiving officer sees it:
 * codes with their meaning, references under the message, and found by the search page's reliability filter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedDemoPair.class)
class EvaluationPagesIT {

    @TempDir
    static Path directory;
    WebNodes nodes;

    @BeforeAll
    void joinTheSharedPair(SharedDemoPair.DemoPair pair) {
        nodes = WebNodes.sharing(pair);
    }

    @Test
    void theReceivingOfficerSeesTheEvaluationsAndReferencesAndFindsTheMessageByReliability() throws Exception {
        HttpResponse<String> submitted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(WebNodes.baseUrl(nodes.th) + "/api/messages"))
                .header("Authorization", "Bearer " + nodes.credentials.tokenOf("TH-CHIANGKHONG").token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"to": ["LA-HOUAYXAY"], "kind": "REQUEST", "priority": "IMMEDIATE", "handling": {"code": "H1"},
                         "language": "en", "subject": "Boat seen at Houayxay pier", "body": "Is this boat known?",
                         "evaluation": {"sourceReliability": "C", "informationAssessment": "3"},
                         "entities": {"persons": [{"role": "SUSPECT", "nameOriginal": "Somchai Jaidee", "documents": [],
                                       "evaluation": {"sourceReliability": "B", "informationAssessment": "2"}}],
                                      "documents": [], "vehicles": [], "vessels": [], "seizures": []},
                         "source": {"system": "th-police-cms", "reference": "CR-2569-004417",
                                    "nationalReferences": {"CaseRef": "CR-1234-2569"}}}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        String id = submitted.body().replaceAll(".*\"messageId\"\\s*:\\s*\"([0-9A-Z]{26})\".*", "$1");

        DemoCredentials.Officer officer = nodes.credentials.officerOf("LA-HOUAYXAY");
        try (Browser houayxay = new Browser(WebNodes.baseUrl(nodes.la), directory.resolve("profiles").resolve("LA"))) {
            houayxay.signIn(officer.user(), officer.password());
            houayxay.open("/inbox");
            houayxay.waitUntil(d -> {
                d.navigate().refresh();
                return !d.findElements(By.cssSelector("tr[data-message-id='" + id + "']")).isEmpty();
            });
            houayxay.open("/messages/" + id);
            var message = houayxay.find(By.cssSelector("article[data-message-id='" + id + "']"));
            assertThat(message.findElement(By.cssSelector("dd.evaluation")).getText())
                    .contains("C3", "source mostly not reliable", "not known personally to the source, but corroborated");
            var person = message.findElement(By.cssSelector("table.persons .evaluation"));
            assertThat(person.getText()).isEqualTo("B2");
            assertThat(person.getAttribute("title"))
                    .isEqualTo("source mostly reliable; known personally to the source, not to the officer");
            assertThat(message.findElement(By.cssSelector("dd.case-references")).getText())
                    .contains("TH CR-2569-004417", "CaseRef CR-1234-2569");

            houayxay.open("/search?reliability=B");
            assertThat(houayxay.find(By.cssSelector("table.results")).getText()).contains("Boat seen at Houayxay pier");
            houayxay.open("/search?reliability=A");
            assertThat(houayxay.find(By.cssSelector("table.results")).getText()).doesNotContain("Boat seen at Houayxay pier");
        }
    }
}
