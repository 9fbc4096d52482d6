package org.blohub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditQuery;
import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.SharedDemoPair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/** The officer's pages in a real browser, on the demo pair of nodes that this JVM's scenario tests share. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedDemoPair.class)
class OfficerPagesIT {

    static final String CHIANG_KHONG = "TH-CHIANGKHONG";
    static final String HOUAYXAY = "LA-HOUAYXAY";

    @TempDir
    static Path directory;
    WebNodes nodes;

    @BeforeAll
    void joinTheSharedPair(SharedDemoPair.DemoPair pair) {
        nodes = WebNodes.sharing(pair);
    }

    /** The request of scenario 1, once sent. */
    String requestId;

    private Browser browser(String profile) {
        return browserOn(nodes.th, profile);
    }

    private Browser browserOn(org.springframework.context.ConfigurableApplicationContext node, String profile) {
        return new Browser(WebNodes.baseUrl(node), directory.resolve("profiles").resolve(profile));
    }

    private Browser officer(org.springframework.context.ConfigurableApplicationContext node, String office) {
        DemoCredentials.Officer officer = nodes.credentials.officerOf(office);
        Browser browser = browserOn(node, office);
        browser.signIn(officer.user(), officer.password());
        browser.find(By.cssSelector("header .who"));
        return browser;
    }

    private static String idInUrl(Browser browser) {
        String url = browser.driver.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static String statusOf(Browser browser, String messageId) {
        return browser.find(By.cssSelector("tr[data-message-id='" + messageId + "'] .status")).getAttribute("class");
    }

    @Test
    @Order(1)
    void scenarioOneAFlashRequestIsAnsweredInItsConversationThroughThePages() throws Exception {
        try (Browser chiangKhong = officer(nodes.th, CHIANG_KHONG); Browser houayxay = officer(nodes.la, HOUAYXAY)) {
            chiangKhong.open("/compose");
            chiangKhong.find(By.cssSelector("input[name=to][value='" + HOUAYXAY + "']")).click();
            new org.openqa.selenium.support.ui.Select(chiangKhong.find(By.name("priority"))).selectByValue("FLASH");
            new org.openqa.selenium.support.ui.Select(chiangKhong.find(By.name("handlingCode"))).selectByValue("H2");
            String replyBy = LocalDateTime.now(ZoneId.of("Asia/Bangkok")).plusHours(2)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
            chiangKhong.script("arguments[0].value = arguments[1];", chiangKhong.find(By.name("replyBy")), replyBy);
            chiangKhong.find(By.name("subject")).sendKeys("Pickup stopped at Chiang Khong");
            chiangKhong.find(By.name("body")).sendKeys("Did this pickup or its driver cross in the last 48 hours?");
            chiangKhong.find(By.name("persons[0].nameOriginal")).sendKeys("สมชาย ใจดี");
            chiangKhong.find(By.name("persons[0].nameLatin")).sendKeys("Somchai Jaidee");
            chiangKhong.find(By.name("persons[0].nationality")).sendKeys("THA");
            chiangKhong.find(By.name("vehicles[0].plate")).sendKeys("บต 4521 เชียงราย");
            chiangKhong.find(By.name("vehicles[0].plateCountry")).sendKeys("THA");
            chiangKhong.find(By.name("attachment")).sendKeys(photo().toString());
            chiangKhong.find(By.cssSelector("main form button[type=submit]")).click();
            chiangKhong.waitUntil(d -> d.getCurrentUrl().contains("/messages/"));
            requestId = idInUrl(chiangKhong);

            chiangKhong.open("/outbox");
            chiangKhong.waitUntil(d -> statusOf(chiangKhong, requestId).contains("DELIVERED"));

            houayxay.open("/inbox");
            houayxay.waitUntil(d -> {
                d.navigate().refresh();
                return !d.findElements(By.cssSelector("tr[data-message-id='" + requestId + "']")).isEmpty();
            });
            houayxay.find(By.cssSelector("tr[data-message-id='" + requestId + "'] a")).click();
            var request = houayxay.find(By.cssSelector("article[data-message-id='" + requestId + "']"));
            assertThat(request.findElement(By.cssSelector(".signature")).getAttribute("class")).contains("valid")
                    .doesNotContain("invalid");
            assertThat(request.getText()).contains("Pickup stopped at Chiang Khong", "สมชาย ใจดี", "Somchai Jaidee",
                    "บต 4521 เชียงราย", "H2", "no onward sharing without permission", CHIANG_KHONG);

            WebElement attachment = request.findElement(By.cssSelector("ul.attachments a"));
            assertThat(attachment.getText()).isEqualTo("pickup.txt");
            Object downloaded = houayxay.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(response => response.text()).then(done);""", attachment.getAttribute("href"));
            assertThat(downloaded).isEqualTo(PHOTO_TEXT);

            houayxay.find(By.cssSelector("a.reply")).click();
            houayxay.find(By.name("body")).sendKeys("No crossing of this pickup in the last 48 hours.");
            houayxay.find(By.cssSelector("main form button[type=submit]")).click();
            houayxay.waitUntil(d -> d.getCurrentUrl().contains("/messages/") && !idInUrl(houayxay).equals(requestId)
                    && !d.getCurrentUrl().endsWith("/reply"));
            String replyId = idInUrl(houayxay);

            // the outbox page polls its rows: READ appears without a reload
            chiangKhong.waitUntil(d -> statusOf(chiangKhong, requestId).contains("READ"));

            chiangKhong.open("/messages/" + requestId);
            chiangKhong.waitUntil(d -> {
                d.navigate().refresh();
                return !d.findElements(By.cssSelector("article[data-message-id='" + replyId + "']")).isEmpty();
            });
            assertThat(chiangKhong.find(By.cssSelector("article[data-message-id='" + replyId + "']")).getText())
                    .contains("No crossing of this pickup in the last 48 hours.", HOUAYXAY);
            assertThat(chiangKhong.find(By.cssSelector("article[data-message-id='" + requestId + "'] .timeline")).getText())
                    .contains("Delivered", "Read");
        }
    }

    static final String PHOTO_TEXT = "photo of pickup บต 4521 at the Chiang Khong checkpoint";

    private static Path photo() throws java.io.IOException {
        Path file = directory.resolve("pickup.txt");
        java.nio.file.Files.writeString(file, PHOTO_TEXT);
        return file;
    }

    @Test
    @Order(2)
    void anOfficerCannotReachAnotherOfficesMessageByUrl() throws Exception {
        assertThat(requestId).as("scenario 1 sent a request").isNotNull();
        try (Browser chiangSaen = officer(nodes.th, "TH-CHIANGSAEN")) {
            for (String path : List.of("/messages/" + requestId, "/messages/" + requestId + "/reply",
                    "/messages/" + requestId + "/attachments/0")) {
                Object status = chiangSaen.driver.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(response => done(response.status));""", path);
                assertThat(status).as(path).isEqualTo(404L);
            }
            chiangSaen.open("/messages/" + requestId);
            assertThat(chiangSaen.pageText()).doesNotContain("Pickup stopped at Chiang Khong");
        }
    }

    @Test
    @Order(2)
    void theSearchPageFindsAMessageByAPersonsRomanisedNameOnlyForTheOfficesThatHoldIt() {
        assertThat(requestId).as("scenario 1 sent a request naming สมชาย ใจดี / Somchai Jaidee").isNotNull();
        By found = By.cssSelector("table.results a[href$='/messages/" + requestId + "']");
        try (Browser chiangKhong = officer(nodes.th, CHIANG_KHONG); Browser chiangSaen = officer(nodes.th, "TH-CHIANGSAEN")) {
            chiangKhong.waitUntil(d -> {
                chiangKhong.open("/search?name=somchai");
                return !d.findElements(found).isEmpty();
            });
            chiangKhong.open("/search?name=" + java.net.URLEncoder.encode("สมชาย", java.nio.charset.StandardCharsets.UTF_8));
            assertThat(chiangKhong.driver.findElements(found)).hasSize(1);
            chiangKhong.open("/search?name=nobody");
            assertThat(chiangKhong.driver.findElements(found)).isEmpty();

            chiangSaen.open("/search?name=somchai");
            chiangSaen.find(By.cssSelector("table.results"));
            assertThat(chiangSaen.driver.findElements(found)).isEmpty();
            assertThat(chiangSaen.pageText()).doesNotContain("Pickup stopped at Chiang Khong");
        }
    }

    @Test
    @Order(2)
    void aBodyWithARightToLeftOverrideShowsItAsAVisibleMarker() {
        try (Browser chiangKhong = officer(nodes.th, CHIANG_KHONG)) {
            chiangKhong.open("/compose");
            chiangKhong.find(By.cssSelector("input[name=to][value='" + HOUAYXAY + "']")).click();
            chiangKhong.find(By.name("subject")).sendKeys("Attachment name as written");
            chiangKhong.script("arguments[0].value = arguments[1];", chiangKhong.find(By.name("body")),
                    "The file is called invoice\u202Efdp.exe");
            chiangKhong.find(By.cssSelector("main form button[type=submit]")).click();
            chiangKhong.waitUntil(d -> d.getCurrentUrl().contains("/messages/"));

            WebElement marker = chiangKhong.find(By.cssSelector("article.current .body .hidden-char"));
            assertThat(marker.getText()).isEqualTo("[U+202E]");
            assertThat(marker.getAttribute("title")).isEqualTo("U+202E RIGHT-TO-LEFT OVERRIDE");
            assertThat(chiangKhong.find(By.cssSelector("article.current .body")).getText())
                    .isEqualTo("The file is called invoice[U+202E]fdp.exe");
        }
    }

    @Test
    @Order(2)
    void theComposePageSendsAPersonAVehicleAndADocumentAndMarksARefusedDocumentNumber() {
        try (Browser chiangKhong = officer(nodes.th, CHIANG_KHONG)) {
            chiangKhong.open("/compose?lang=th");
            chiangKhong.find(By.cssSelector("input[name=to][value='" + HOUAYXAY + "']")).click();
            chiangKhong.find(By.name("subject")).sendKeys("Border pass check");
            chiangKhong.find(By.name("body")).sendKeys("Is this border pass valid?");
            chiangKhong.find(By.name("persons[0].nameOriginal")).sendKeys("ສົມພອນ ແກ້ວມະນີ");
            chiangKhong.find(By.name("persons[0].nameLatin")).sendKeys("Somphone Keomany");
            chiangKhong.find(By.name("vehicles[0].plate")).sendKeys("ບຄ 1234");
            new org.openqa.selenium.support.ui.Select(chiangKhong.find(By.name("documents[0].kind"))).selectByValue("BORDER_PASS");
            chiangKhong.find(By.name("documents[0].issuingCountry")).sendKeys("LAO");
            chiangKhong.find(By.cssSelector("main form button[type=submit]")).click();

            chiangKhong.find(By.cssSelector("div.alert"));
            assertThat(errorNextTo(chiangKhong, "documents[0].number")).isEqualTo("กรุณากรอก");

            chiangKhong.find(By.name("documents[0].number")).sendKeys("BP-LA-0042");
            chiangKhong.find(By.cssSelector("main form button[type=submit]")).click();
            chiangKhong.waitUntil(d -> d.getCurrentUrl().contains("/messages/"));
            assertThat(chiangKhong.find(By.cssSelector("article.current")).getText())
                    .contains("ສົມພອນ ແກ້ວມະນີ", "Somphone Keomany", "ບຄ 1234", "BORDER_PASS BP-LA-0042 LAO");
        }
    }

    @Test
    @Order(3)
    void pagesCarryAStrictContentSecurityPolicyAndRefuseFraming() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(WebNodes.baseUrl(nodes.th) + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(PageSecurity.CONTENT_SECURITY_POLICY);
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.body()).doesNotContain("<script>").doesNotContain(" style=").doesNotContain("hx-on");
    }

    @Test
    void theApiStillAnswersHttpBasicWithoutASession() throws Exception {
        DemoCredentials.Officer officer = nodes.credentials.officerOf("TH-CHIANGKHONG");
        String basic = java.util.Base64.getEncoder().encodeToString((officer.user() + ":" + officer.password()).getBytes());
        HttpResponse<String> inbox = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(WebNodes.baseUrl(nodes.th) + "/api/messages/inbox"))
                        .header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() {
        DemoCredentials.Officer officer = nodes.credentials.officerOf("TH-CHIANGKHONG");
        try (Browser browser = browser("csrf")) {
            browser.signIn(officer.user(), officer.password());
            browser.find(By.cssSelector("header .who"));

            Object status = browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/compose', {method: 'POST', body: new URLSearchParams({subject: 'no token'})})
                        .then(response => done(response.status));""");

            assertThat(status).isEqualTo(403L);
        }
    }

    @Test
    void repeatedFailedSignInsLockTheAccountAndTheAuditLogRecordsIt() {
        // an office no other test signs in for: its officer stays locked on the shared pair
        DemoCredentials.Officer officer = nodes.credentials.officerOf("TH-ARANYAPRATHET");
        Instant before = Instant.now();
        try (Browser browser = browser("lockout")) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                browser.signIn(officer.user(), "wrong-password-" + attempt);
            }
            assertThat(browser.driver.getCurrentUrl()).endsWith("/login?locked");

            browser.signIn(officer.user(), officer.password());

            assertThat(browser.driver.getCurrentUrl()).endsWith("/login?locked");
            assertThat(browser.find(By.cssSelector("p.alert")).getText()).contains("locked");
        }
        var lockOuts = nodes.th.getBean(AuditLog.class).search(new AuditQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(AuditEventType.LOGIN_FAILED), Optional.of(before), Optional.empty(), 0, 100))
                .stream().map(record -> record.event())
                .filter(event -> event.actor().equals(officer.user()))
                .map(event -> event.reasonCode().orElse(""))
                .toList();
        assertThat(lockOuts).contains("ACCOUNT_LOCKED_OUT", "ACCOUNT_LOCKED");
    }

    @Test
    @Order(4)
    void thaiLaoKhmerAndMyanmarPagesRenderEveryTextInAFontThatHasItsGlyphs() throws Exception {
        assertThat(requestId).as("scenario 1 sent a request").isNotNull();
        Map<String, String> fontOf = Map.of("th", "Noto Sans Thai", "lo", "Noto Sans Lao", "km", "Noto Sans Khmer",
                "my", "Noto Sans Myanmar");
        Map<String, String> sample = Map.of("th", "กล่องรับ", "lo", "ກ່ອງຮັບ", "km", "ប្រអប់ទទួល", "my", "ဝင်စာ");
        try (Browser chiangKhong = officer(nodes.th, CHIANG_KHONG)) {
            for (String language : List.of("th", "lo", "km", "my")) {
                for (String page : List.of("/inbox", "/outbox", "/compose", "/messages/" + requestId, "/search")) {
                    chiangKhong.open(page + "?lang=" + language);
                    String text = chiangKhong.pageText();
                    assertThat(text).as("%s in %s", page, language).doesNotContain("??");
                    assertThat(chiangKhong.find(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
                    assertThat(chiangKhong.script("return document.fonts.check(arguments[0], arguments[1]);",
                            "16px \"" + fontOf.get(language) + "\"", sample.get(language))).isEqualTo(true);
                    assertThat(chiangKhong.platformFontsOf("h1")).as("fonts drawing the heading of %s in %s", page, language)
                            .contains(fontOf.get(language));
                }
                chiangKhong.open("/inbox?lang=" + language);
                assertThat(chiangKhong.pageText()).contains(sample.get(language));
                chiangKhong.screenshot("inbox-" + language);
            }
        }
    }

    @Test
    @Order(5)
    void everyOfficerPageHasEveryTextInEveryLanguage() {
        assertThat(requestId).as("scenario 1 sent a request").isNotNull();
        try (Browser chiangKhong = officer(nodes.th, CHIANG_KHONG)) {
            for (String language : List.of("en", "th", "lo", "km", "my", "vi")) {
                for (String page : List.of("/inbox", "/outbox", "/compose", "/messages/" + requestId,
                        "/messages/" + requestId + "/reply", "/search?subject=Pickup")) {
                    chiangKhong.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                    assertThat(chiangKhong.find(By.tagName("h1")).getText()).as("%s in %s", page, language).isNotBlank();
                    assertThat(chiangKhong.pageText()).as("%s in %s", page, language).doesNotContain("??");
                }
            }
        }
    }

    @Test
    @Order(5)
    void screenshotsOfTheMainPagesInEnglishAndThai() throws Exception {
        assertThat(requestId).as("scenario 1 sent a request").isNotNull();
        try (Browser chiangKhong = officer(nodes.th, CHIANG_KHONG)) {
            for (String language : List.of("en", "th")) {
                for (Map.Entry<String, String> page : Map.of("inbox", "/inbox", "outbox", "/outbox", "compose",
                        "/compose", "conversation", "/messages/" + requestId).entrySet()) {
                    chiangKhong.open(page.getValue() + "?lang=" + language);
                    chiangKhong.find(By.tagName("h1"));
                    assertThat(chiangKhong.screenshot(page.getKey() + "-" + language)).exists();
                }
            }
        }
    }

    @Test
    @Order(6)
    void refusedFieldsAreMarkedInTheOfficersLanguage() {
        try (Browser chiangKhong = officer(nodes.th, CHIANG_KHONG)) {
            chiangKhong.open("/compose?lang=th");
            chiangKhong.find(By.cssSelector("input[name=to][value='" + HOUAYXAY + "']")).click();
            new org.openqa.selenium.support.ui.Select(chiangKhong.find(By.name("handlingCode"))).selectByValue("H3");
            chiangKhong.find(By.name("body")).sendKeys("ไม่มีเรื่อง");
            chiangKhong.find(By.name("persons[0].nameOriginal")).sendKeys("สมชาย ใจดี");
            chiangKhong.find(By.cssSelector("main form button[type=submit]")).click();

            chiangKhong.find(By.cssSelector("div.alert"));
            assertThat(chiangKhong.driver.getCurrentUrl()).endsWith("/compose");
            assertThat(errorNextTo(chiangKhong, "subject")).isEqualTo("กรุณากรอก");
            assertThat(errorNextTo(chiangKhong, "restrictionText")).isEqualTo("กรุณากรอก");
            assertThat(errorNextTo(chiangKhong, "persons[0].nameLatin")).isEqualTo("กรุณากรอก");
            assertThat(chiangKhong.find(By.name("body")).getAttribute("value")).isEqualTo("ไม่มีเรื่อง");
        }
    }

    private static String errorNextTo(Browser browser, String field) {
        return browser.find(By.xpath("//*[@name='" + field + "']/following-sibling::span[@class='field-error'][1]")).getText();
    }

    @Test
    @Order(7)
    void theSessionCookieIsSecureHttpOnlyAndLaxAndIsRenewedAtSignIn() {
        DemoCredentials.Officer officer = nodes.credentials.officerOf(CHIANG_KHONG);
        try (Browser browser = browser("cookies")) {
            browser.open("/login");
            Cookie before = browser.driver.manage().getCookieNamed("JSESSIONID");
            browser.signIn(officer.user(), officer.password());
            Cookie after = browser.driver.manage().getCookieNamed("JSESSIONID");

            assertThat(before).isNotNull();
            assertThat(after.getValue()).isNotEqualTo(before.getValue());
            assertThat(after.isSecure()).isTrue();
            assertThat(after.isHttpOnly()).isTrue();
            assertThat(after.getSameSite()).isEqualTo("Lax");
        }
    }

    @Test
    @Order(8)
    void theInboxWithItsAssetsCachedWeighsUnderFiftyKilobytes() {
        try (Browser chiangKhong = officer(nodes.th, CHIANG_KHONG)) {
            chiangKhong.open("/inbox");
            chiangKhong.find(By.cssSelector("tbody#rows"));
            chiangKhong.open("/inbox");
            chiangKhong.find(By.cssSelector("tbody#rows"));

            Object bytes = chiangKhong.script("""
                    return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                        .reduce((sum, entry) => sum + entry.transferSize, 0);""");

            assertThat(((Number) bytes).longValue()).isPositive().isLessThan(50_000);
        }
    }

    @Test
    @Order(9)
    void theDemoAuditorAndAdministratorSignInToThePagesButNotToTheOfficersPages() {
        Map<DemoCredentials.Officer, String> startPages = Map.of(
                nodes.credentials.auditorOf("TH"), "/audit", nodes.credentials.adminOf("TH"), "/admin/links");
        for (DemoCredentials.Officer account : startPages.keySet()) {
            try (Browser browser = browser(account.user())) {
                browser.signIn(account.user(), account.password());
                browser.waitUntil(driver -> driver.getCurrentUrl().endsWith(startPages.get(account)));
                assertThat(browser.find(By.cssSelector("header .who .user")).getText()).isEqualTo(account.user());

                for (String path : List.of("/inbox", "/outbox", "/compose", "/search", "/messages/" + requestId)) {
                    Object status = browser.driver.executeAsyncScript("""
                            const done = arguments[arguments.length - 1];
                            fetch(arguments[0]).then(response => done(response.status));""", path);
                    assertThat(status).as("%s opening %s", account.user(), path).isEqualTo(403L);
                }
            }
        }
    }
}
