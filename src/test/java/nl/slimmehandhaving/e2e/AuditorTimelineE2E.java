package nl.slimmehandhaving.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.profiling.Posture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The auditor's pages in the browser: ruben searches a closed case by its number, opens it and reads its Dutch
 * timeline (signal, posture decision, outcome) with the case's processes drawn as BPMN diagrams.
 */
class AuditorTimelineE2E extends BrowserTest {

    private static final String CASEWORKER = "carla";
    private static final String OVERRIDE_REASON = "Klant overziet de regels niet en vraagt zelf om hulp bij het melden.";

    @Autowired
    CaseworkSteps steps;

    @Test
    void rubenFindsAClosedCaseAndReadsItsTimelineAndDiagrams() {
        String caseNumber = closedCase();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        authenticateEveryRequestAs("ruben", "demo");

        driver.get(url("/audit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("caseNumber"))).sendKeys(caseNumber);
        screenshot("search-filled");
        driver.findElement(By.xpath("//button[normalize-space(.)='Zoeken']")).click();
        WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.linkText(caseNumber)));
        assertThat(driver.findElements(By.cssSelector("table.hits tbody tr"))).hasSize(1);
        screenshot("search-result");

        hit.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Audittrail zaak " + caseNumber));
        List<String> descriptions = driver.findElements(By.cssSelector("table.timeline tbody tr td:nth-child(3)"))
                .stream().map(WebElement::getText).toList();
        assertThat(descriptions).anySatisfy(d -> assertThat(d).startsWith("Signaal ontvangen van INLICHTINGENBUREAU"));
        assertThat(descriptions).anySatisfy(d -> assertThat(d).startsWith("Houding afwijkend vastgesteld door carla"));
        assertThat(descriptions).contains("Zaak afgesloten met uitkomst COMPLIANT");

        // bpmn-js imports asynchronously; the passed elements are marked once the import is done
        String canvas = "#processes .diagram .djs-container > svg";
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(canvas + " .audit-taken")));
        WebElement diagram = driver.findElement(By.cssSelector(canvas));
        assertThat(diagram.isDisplayed()).isTrue();
        assertThat(diagram.findElements(By.cssSelector(".djs-shape"))).hasSizeGreaterThan(3);
        assertThat(driver.findElement(By.id("processes")).getText()).doesNotContain("kon niet worden getoond");
        screenshot("case-page");
        driver.executeScript("arguments[0].scrollIntoView();", driver.findElement(By.id("processes")));
        screenshot("process-diagram");
    }

    /** The audit pages use HTTP Basic; DevTools adds the header to every request, including the page's fetches. */
    private void authenticateEveryRequestAs(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", "Basic " + token)));
    }

    /** Signal to closure as carla: posture overridden with a reason, instruments carried out, compliant. */
    private String closedCase() {
        String caseNumber = steps.register(TestSignals.signal("gemeente-groningen"));
        steps.assessSignal(CASEWORKER, caseNumber, true, "Polisadministratie toont loon dat niet is gemeld.");
        steps.holdConversation(CASEWORKER, caseNumber, true);
        steps.answerQuestionnaireFavouring(CASEWORKER, caseNumber, Posture.COMMITMENT);
        steps.confirmPosture(CASEWORKER, caseNumber, Posture.CAPITULATION.name(), OVERRIDE_REASON);
        steps.acceptProposedInstruments(CASEWORKER, caseNumber);
        steps.carryOutInstruments(CASEWORKER, caseNumber);
        steps.monitoringDue(caseNumber);
        steps.checkCompliance(CASEWORKER, caseNumber, true, false);
        return caseNumber;
    }
}
