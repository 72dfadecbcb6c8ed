package nl.slimmehandhaving.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.casefile.CaseFile;
import nl.slimmehandhaving.casefile.CaseFileService;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.profiling.Posture;
import nl.slimmehandhaving.security.HttpProbe;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What Camunda Modeler's deploy dialog does (docs/process-owners.md): a process owner posts a changed
 * {@code InstrumentChoice.dmn} to the running application's engine REST API, and the next case that reaches
 * instrument choice uses the new rule, without a rebuild. Caseworkers are refused.
 * <p>The changed table becomes the latest version in the shared test database, so the test deletes its
 * deployments afterwards: the application's own version is the latest again for every other test.
 */
class ModelerDeploymentTest extends PostgresIntegrationTest {

    private static final String DEPLOYMENT_NAME = "modeler-deployment-test";
    private static final Pattern COMMITMENT_LEVEL_ONE_RULE =
            Pattern.compile("(<rule id=\"Rule_CommitmentInformation\">.*?)\"INFORMATION_LETTER\"", Pattern.DOTALL);

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    CaseworkSteps steps;
    @Autowired
    CaseFileService caseFiles;

    @AfterEach
    void removeTestDeployments() {
        repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).list()
                .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
    }

    @Test
    void processOwnerDeploysAChangedRuleAndTheNextCaseUsesIt() throws IOException {
        assertThat(proposalForCommittedClientAtLevelOne()).containsExactly("INFORMATION_LETTER");
        long versionsBefore = instrumentChoiceVersions();

        HttpProbe.Response response = deployFromModeler("pim", changedInstrumentChoice());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("deployedDecisionDefinitions").toString()).contains("InstrumentChoice");
        assertThat(instrumentChoiceVersions()).isEqualTo(versionsBefore + 1);
        assertThat(proposalForCommittedClientAtLevelOne()).containsExactly("GUIDANCE");
    }

    @Test
    void deployingTheSameFileAgainWithDeployChangedOnlyAddsNoVersion() throws IOException {
        assertThat(deployFromModeler("pim", changedInstrumentChoice()).status()).isEqualTo(200);
        long versions = instrumentChoiceVersions();

        assertThat(deployFromModeler("pim", changedInstrumentChoice()).status()).isEqualTo(200);

        assertThat(instrumentChoiceVersions()).isEqualTo(versions);
    }

    @Test
    void caseworkerCannotDeployFromModeler() throws IOException {
        long versionsBefore = instrumentChoiceVersions();

        HttpProbe.Response response = deployFromModeler("anna", changedInstrumentChoice());

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(instrumentChoiceVersions()).isEqualTo(versionsBefore);
        assertThat(repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count()).isZero();
    }

    private HttpProbe.Response deployFromModeler(String user, String dmnXml) {
        return new HttpProbe(port).postModelerDeployment(user, DEPLOYMENT_NAME, "InstrumentChoice.dmn", dmnXml);
    }

    /** The real table with one rule changed: a committed client at level 1 gets guidance instead of a letter. */
    private static String changedInstrumentChoice() throws IOException {
        String original = Files.readString(Path.of("dmn/InstrumentChoice.dmn"), StandardCharsets.UTF_8);
        Matcher rule = COMMITMENT_LEVEL_ONE_RULE.matcher(original);
        assertThat(rule.find()).as("Rule_CommitmentInformation proposes INFORMATION_LETTER").isTrue();
        return rule.replaceFirst(Matcher.quoteReplacement(rule.group(1)) + "\"GUIDANCE\"");
    }

    private List<String> proposalForCommittedClientAtLevelOne() {
        String caseNumber = steps.register(TestSignals.signal("gemeente-groningen"));
        steps.assessSignal("carla", caseNumber, true, null);
        steps.holdConversation("carla", caseNumber, false);
        steps.profile("carla", caseNumber, Posture.COMMITMENT);
        CaseFile file = caseFiles.caseFile(caseNumber, List.of("gemeente-groningen"));
        assertThat(file.summary().pyramidLevel()).isEqualTo(1);
        return file.instrumentDecisions().get(0).proposed();
    }

    private long instrumentChoiceVersions() {
        return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("InstrumentChoice").count();
    }
}
