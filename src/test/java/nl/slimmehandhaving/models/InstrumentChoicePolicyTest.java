package nl.slimmehandhaving.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Policy of InstrumentChoice over every combination (domain brief §5 and §6): the posture shapes the approach,
 * never a sanction. Recovery and the sanction procedure depend only on an established violation.
 */
class InstrumentChoicePolicyTest {

    private static final List<String> POSTURES =
            Arrays.asList("COMMITMENT", "CAPITULATION", "RESISTANCE", "DISENGAGEMENT", "GAME_PLAYING", null);
    private static final Set<String> LEGAL = Set.of("SANCTION_PROCEDURE", "RECOVERY_ORDER");

    private static final List<Integer> LEVELS = Arrays.asList(1, 2, 3, 4, 5, 6, null);
    private static final List<Boolean> VIOLATIONS = Arrays.asList(true, false, null);

    /** Results for every combination of posture (and none), level 1-6 (and none) and violation (and unknown). */
    private static final Map<List<Object>, List<Map<String, Object>>> RESULTS = new HashMap<>();

    @BeforeAll
    static void evaluateAllCombinations() throws IOException {
        DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        DmnDecision decision;
        try (InputStream in = Files.newInputStream(DmnFile.pathOf("InstrumentChoice"))) {
            decision = engine.parseDecision("InstrumentChoice", in);
        }
        for (String posture : POSTURES) {
            for (Integer level : LEVELS) {
                for (Boolean violation : VIOLATIONS) {
                    RESULTS.put(Arrays.asList(posture, level, violation), engine.evaluateDecision(decision,
                            Variables.createVariables().putValue("posture", posture).putValue("pyramidLevel", level)
                                    .putValue("violationEstablished", violation)).getResultList());
                }
            }
        }
    }

    private static List<Map<String, Object>> evaluate(String posture, Integer level, Boolean violation) {
        return RESULTS.get(Arrays.asList(posture, level, violation));
    }

    private static Set<String> instruments(List<Map<String, Object>> results) {
        return results.stream().map(r -> (String) r.get("instrument")).collect(Collectors.toSet());
    }

    @Test
    void everyPostureAtEveryLevelGetsAtLeastOneInstrument() {
        List<String> empty = new ArrayList<>();
        for (String posture : POSTURES) {
            for (int level = 1; level <= 6; level++) {
                for (Boolean violation : VIOLATIONS) {
                    if (evaluate(posture, level, violation).isEmpty()) {
                        empty.add(posture + "/" + level + "/" + violation);
                    }
                }
            }
        }
        assertTrue(empty.isEmpty(), "combinations without any instrument: " + empty);
    }

    @Test
    void sanctionAndRecoveryDependOnlyOnTheEstablishedViolation() {
        for (String posture : POSTURES) {
            for (Integer level : LEVELS) {
                for (Boolean violation : VIOLATIONS) {
                    Set<String> legal = instruments(evaluate(posture, level, violation));
                    legal.retainAll(LEGAL);
                    assertEquals(Boolean.TRUE.equals(violation) ? LEGAL : Set.of(), legal,
                            "posture " + posture + ", level " + level + ", violation " + violation);
                }
            }
        }
    }

    @Test
    void withoutAViolationPostureNeverLeadsToASanctioningApproach() {
        for (String posture : POSTURES) {
            for (int level = 1; level <= 6; level++) {
                for (Map<String, Object> r : evaluate(posture, level, false)) {
                    assertFalse("sanctioneren".equals(r.get("approach")), posture + "/" + level + ": " + r);
                }
            }
        }
    }

    @Test
    void debtCounsellingIsAnOfferOfSupportNeverASanction() {
        for (String posture : POSTURES) {
            for (int level = 1; level <= 6; level++) {
                for (Boolean violation : Arrays.asList(true, false)) {
                    for (Map<String, Object> r : evaluate(posture, level, violation)) {
                        if ("DEBT_COUNSELLING_REFERRAL".equals(r.get("instrument"))) {
                            assertEquals("ondersteunen", r.get("approach"));
                            assertTrue(Set.of("CAPITULATION", "DISENGAGEMENT").contains(posture),
                                    "debt counselling offered for " + posture);
                        }
                    }
                }
            }
        }
    }

    @Test
    void levelsFourToSixWithoutViolationGiveMonitoringAndANormConversation() {
        for (String posture : POSTURES.subList(0, 5)) {
            for (int level = 4; level <= 6; level++) {
                Set<String> got = instruments(evaluate(posture, level, false));
                assertTrue(got.containsAll(Set.of("INTENSIFIED_MONITORING", "NORM_CONVERSATION")), posture + "/" + level + ": " + got);
            }
        }
    }
}
