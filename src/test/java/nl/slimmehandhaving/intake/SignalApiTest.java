package nl.slimmehandhaving.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.slimmehandhaving.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/** POST /api/signals and its CSV import over HTTP, as another system would call them. */
class SignalApiTest extends PostgresIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper objectMapper;

    @Test
    void aSignalOpensACaseOnceAndTheSameReferenceReturnsThatCase() throws Exception {
        Map<String, Object> body = json(TestSignals.signal("uwv"));

        ResponseEntity<String> first = post("anna", body);
        ResponseEntity<String> again = post("anna", body);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        String caseNumber = read(first).get("caseNumber").asText();
        assertThat(caseNumber).matches("HZ-\\d{4}-\\d{6}");
        assertThat(read(again).get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(jdbc.queryForObject("select count(*) from signal where external_reference = ?", Long.class,
                body.get("externalReference"))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ = ? and parent_id_ is null"
                + " and proc_def_id_ like 'EnforcementCaseProcess:%'", Long.class, caseNumber)).isEqualTo(1);
    }

    @Test
    void invalidInputNamesEveryBadFieldAndStoresNothing() throws Exception {
        Map<String, Object> body = json(TestSignals.signal("uwv"));
        body.put("bsn", "123456789");
        body.put("benefitType", "AOW");
        body.put("estimatedAmount", -5);
        body.put("receivedOn", LocalDate.now().plusDays(2).toString());
        body.remove("clientName");
        long signalsBefore = count("signal");
        long clientsBefore = count("client");

        ResponseEntity<String> response = post("anna", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = read(response);
        assertThat(problem.get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("bsn", "benefitType", "estimatedAmount", "receivedOn", "clientName");
        assertThat(response.getBody()).doesNotContain("123456789");
        assertThat(count("signal")).isEqualTo(signalsBefore);
        assertThat(count("client")).isEqualTo(clientsBefore);
    }

    @Test
    void unknownFieldsAndEnumValuesAreRefused() throws Exception {
        Map<String, Object> body = json(TestSignals.signal("uwv"));
        body.put("nationality", "NL");
        ResponseEntity<String> unknownField = post("anna", body);
        assertThat(unknownField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(read(unknownField).get("errors").findValuesAsText("field")).containsExactly("nationality");

        Map<String, Object> badSource = json(TestSignals.signal("uwv"));
        badSource.put("source", "ANONYMOUS_LETTER");
        assertThat(read(post("anna", badSource)).get("errors").findValuesAsText("field")).containsExactly("source");
    }

    @Test
    void aCaseworkerCannotOpenCasesForAnotherOrganisation() throws Exception {
        Map<String, Object> body = json(TestSignals.signal("gemeente-utrecht"));
        long before = count("signal");

        ResponseEntity<String> response = post("carla", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(count("signal")).isEqualTo(before);
    }

    @Test
    void csvImportCountsAcceptedDuplicateAndRejectedLines() throws Exception {
        SignalRequest good = TestSignals.signal("gemeente-groningen");
        String csv = String.join("\n",
                "externalReference,organisation,benefitType,bsn,clientName,source,signalType,description,estimatedAmount,receivedOn,preferredChannel",
                line(good),
                line(good),
                line(TestSignals.signal("gemeente-groningen")).replace(",BIJSTAND,", ",AOW,"),
                line(TestSignals.signal("gemeente-utrecht")),
                "too,few,columns",
                line(TestSignals.signal("gemeente-groningen", "SELF_REPORT", new BigDecimal("120.50"), "EMAIL")));

        ResponseEntity<String> response = rest.withBasicAuth("carla", "demo").postForEntity("/api/signals/import",
                multipart(csv), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = read(response);
        assertThat(report.get("accepted").asInt()).isEqualTo(2);
        assertThat(report.get("duplicates").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(3);
        assertThat(report.get("rejectedLines").findValuesAsText("line")).containsExactly("4", "5", "6");
        assertThat(report.get("rejectedLines").get(0).get("reasons").toString()).contains("benefitType");
        assertThat(report.get("rejectedLines").get(1).get("reasons").toString()).contains("organisation");
        assertThat(response.getBody()).doesNotContain(good.bsn());
    }

    @Test
    void casesOfAnotherOrganisationDoNotExistForTheUser() throws Exception {
        String caseNumber = read(post("eva", json(TestSignals.signal("gemeente-utrecht")))).get("caseNumber").asText();

        assertThat(rest.withBasicAuth("eva", "demo").getForEntity("/api/cases/" + caseNumber, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("carla", "demo").getForEntity("/api/cases/" + caseNumber, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode carlasCases = read(rest.withBasicAuth("carla", "demo").getForEntity("/api/cases?size=100", String.class));
        assertThat(carlasCases.get("content").findValuesAsText("organisation")).doesNotContain("gemeente-utrecht");
        JsonNode evasCase = read(rest.withBasicAuth("eva", "demo").getForEntity("/api/cases/" + caseNumber, String.class));
        assertThat(evasCase.get("client").get("bsn").asText()).startsWith("******");
    }

    @Test
    void caseListFiltersAndRejectsUnknownFilterValues() throws Exception {
        post("anna", json(TestSignals.signal("uwv")));

        JsonNode intake = read(rest.withBasicAuth("anna", "demo").getForEntity("/api/cases?stage=INTAKE&status=OPEN", String.class));
        assertThat(intake.get("content").findValuesAsText("stage")).isNotEmpty().containsOnly("INTAKE");
        assertThat(rest.withBasicAuth("anna", "demo").getForEntity("/api/cases?stage=NOWHERE", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.withBasicAuth("anna", "demo").getForEntity("/api/cases/HZ-1-1", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anonymousCallersGetNothing() {
        ResponseEntity<String> response = rest.postForEntity("/api/signals", new HttpEntity<>(Map.of(), jsonHeaders()), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/api/cases", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<String> post(String user, Map<String, Object> body) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/signals", new HttpEntity<>(body, jsonHeaders()), String.class);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> multipart(String csv) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "signals.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }

    private static String line(SignalRequest r) {
        return String.join(",", r.externalReference(), r.organisation(), r.benefitType(), r.bsn(), r.clientName(),
                r.source(), r.signalType(), "\"" + r.description() + "\"",
                r.estimatedAmount() == null ? "" : r.estimatedAmount().toPlainString(), r.receivedOn().toString(),
                r.preferredChannel() == null ? "" : r.preferredChannel());
    }

    private static Map<String, Object> json(SignalRequest r) {
        return SignalJson.map(r);
    }

    private JsonNode read(ResponseEntity<String> response) throws Exception {
        return objectMapper.readTree(response.getBody());
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
