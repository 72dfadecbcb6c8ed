package nl.slimmehandhaving.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.security.HttpProbe;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may read the audit trail, that nobody can change it, the auditor pages, the exports and the view log.
 * Choice: caseworkers may read the JSON timeline of their own organisation's cases (they may read the case file
 * too); other organisations' cases do not exist for them (404, as on /api/cases). The auditor pages and exports
 * are for auditors and administrators only (403 for caseworkers).
 */
class AuditAccessTest extends PostgresIntegrationTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    CaseworkSteps steps;
    @Autowired
    AuditViewLog viewLog;

    HttpProbe http;
    String caseNumber;

    @BeforeEach
    void setUp() {
        http = new HttpProbe(port);
        caseNumber = AuditedLifecycle.closedCase(steps);
    }

    @Test
    void auditorReadsThePagesAndCaseworkersAreRefused() {
        HttpProbe.Response search = http.get("/audit?caseNumber=" + caseNumber, "ruben");
        assertThat(search.status()).as(search.toString()).isEqualTo(200);
        assertThat(search.body()).contains("Audit: zaken zoeken", "/audit/cases/" + caseNumber, "COMPLIANT");
        assertThat(http.get("/audit?organisation=uwv&caseNumber=" + caseNumber, "ruben").body())
                .contains("Geen zaken gevonden");
        assertThat(http.get("/audit?outcome=NOT_COMPLIANT&caseNumber=" + caseNumber, "ruben").body())
                .contains("Geen zaken gevonden");
        assertThat(http.get("/audit?from=2000-01-01&to=2000-12-31&caseNumber=" + caseNumber, "ruben").body())
                .contains("Geen zaken gevonden");
        assertThat(http.get("/audit?sanction=FINE&caseNumber=" + caseNumber, "ruben").body())
                .contains("/audit/cases/" + caseNumber);
        assertThat(http.get("/audit?sanction=WARNING&caseNumber=" + caseNumber, "ruben").body())
                .contains("Geen zaken gevonden");
        assertThat(http.get("/audit?sanction=PILLORY", "ruben").status()).isEqualTo(400);
        assertThat(http.get("/audit?from=gisteren", "ruben").status()).isEqualTo(400);

        HttpProbe.Response page = http.get("/audit/cases/" + caseNumber, "ruben");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("Audittrail zaak <span>" + caseNumber + "</span>", "Houding afwijkend vastgesteld door carla",
                "Gesprek met de klant gevoerd door carla", "Inzagelogboek", "/js/audit-case.js",
                "bpmn-navigated-viewer.production.min.js", "dmn-viewer.production.min.js");
        assertThat(page.body()).doesNotContain("<script>");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        for (String asset : new String[] {"/js/audit-case.js", "/css/audit.css",
                "/webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js",
                "/webjars/dmn-js/10.0.0/dist/dmn-viewer.production.min.js"}) {
            assertThat(http.get(asset).status()).as(asset).isEqualTo(200);
        }

        HttpProbe.Response diagrams = http.get("/audit/cases/" + caseNumber + "/diagrams", "ruben");
        assertThat(diagrams.status()).isEqualTo(200);
        assertThat(diagrams.json().path("processes")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(diagrams.json().path("processes").get(0).path("activityIds").toString())
                .contains("CallActivity_Intake");
        assertThat(diagrams.json().path("decisions").toString()).contains("InstrumentChoice", "Rule_");

        assertThat(http.get("/audit", "carla").status()).isEqualTo(403);
        assertThat(http.get("/audit/cases/" + caseNumber, "carla").status()).isEqualTo(403);
        assertThat(http.get("/audit/cases/" + caseNumber + "/timeline.csv", "carla").status()).isEqualTo(403);
        assertThat(http.get("/audit/cases/" + caseNumber, "pim").status()).isEqualTo(403);
        assertThat(http.get("/audit/cases/" + caseNumber).status()).isEqualTo(401);
        assertThat(http.get("/audit/cases/" + caseNumber, "demo").status()).isEqualTo(200);
    }

    @Test
    void caseworkersReadTheTimelineOfTheirOwnOrganisationOnly() {
        assertThat(http.get("/api/cases/" + caseNumber + "/audit", "carla").status()).isEqualTo(200);
        assertThat(http.get("/api/cases/" + caseNumber + "/audit", "anna").status()).isEqualTo(404);
        assertThat(http.get("/api/cases/" + caseNumber + "/audit").status()).isEqualTo(401);
    }

    @Test
    void nobodyCanChangeTheAuditTrail() throws Exception {
        String before = http.get("/api/cases/" + caseNumber + "/audit", "demo").json().path("entries").toString();
        for (String method : new String[] {"PUT", "POST", "DELETE", "PATCH"}) {
            for (String path : new String[] {"/api/cases/" + caseNumber + "/audit", "/audit/cases/" + caseNumber,
                    "/audit/cases/" + caseNumber + "/timeline.csv"}) {
                assertThat(send(method, path, "demo")).as(method + " " + path).isIn(403, 405);
                assertThat(send(method, path, "ruben")).as(method + " " + path).isIn(403, 405);
            }
        }
        String after = http.get("/api/cases/" + caseNumber + "/audit", "demo").json().path("entries").toString();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void exportsCarryTheHashOfTheContent() throws Exception {
        HttpProbe.Response csv = http.get("/audit/cases/" + caseNumber + "/timeline.csv", "ruben");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("audittrail-" + caseNumber + ".csv");
        assertThat(csv.body()).startsWith("tijdstip,soort,omschrijving,door,proces,element,gegevens");
        assertThat(csv.body()).contains("Houding afwijkend vastgesteld door carla", AuditedLifecycle.OVERRIDE_REASON);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(csv.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(csv.header("X-Timeline-SHA256")).isEqualTo(hash);

        HttpResponse<byte[]> pdf = CLIENT.send(request("GET", "/audit/cases/" + caseNumber + "/timeline.pdf", "ruben"),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Audittrail zaak " + caseNumber, "Afgedrukt door: ruben", hash,
                    "Houding afwijkend vastgesteld door carla");
        }
        assertThat(viewLog.viewsOf(caseNumber)).extracting(AuditViewLog.View::kind)
                .contains(AuditViewLog.ViewKind.CSV, AuditViewLog.ViewKind.PDF);
    }

    @Test
    void everyViewOfTheCasePageIsLoggedAndShown() {
        int before = viewLog.viewsOf(caseNumber).size();
        http.get("/audit/cases/" + caseNumber, "ruben");
        HttpProbe.Response second = http.get("/audit/cases/" + caseNumber, "demo");
        var views = viewLog.viewsOf(caseNumber);
        assertThat(views).hasSize(before + 2);
        assertThat(views.get(0).viewedBy()).isEqualTo("demo");
        assertThat(views.get(0).kind()).isEqualTo(AuditViewLog.ViewKind.PAGE);
        assertThat(views.get(1).viewedBy()).isEqualTo("ruben");
        assertThat(second.body()).contains("<td>ruben</td>", "<td>PAGE</td>");
    }

    private int send(String method, String path, String user) throws IOException, InterruptedException {
        return CLIENT.send(request(method, path, user), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest request(String method, String path, String user) {
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                .build();
    }
}
