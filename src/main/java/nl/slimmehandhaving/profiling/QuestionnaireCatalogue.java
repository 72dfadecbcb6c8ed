package nl.slimmehandhaving.profiling;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** All versions of the questionnaire, read from {@code profiling/posture-questionnaire-v*.json}. */
@Component
public class QuestionnaireCatalogue {

    private final TreeMap<Integer, Questionnaire> versions = new TreeMap<>();

    QuestionnaireCatalogue(ObjectMapper objectMapper) throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:profiling/posture-questionnaire-v*.json");
        for (Resource resource : resources) {
            try (InputStream input = resource.getInputStream()) {
                Questionnaire questionnaire = objectMapper.readValue(input, Questionnaire.class);
                versions.put(questionnaire.version(), questionnaire);
            }
        }
        if (versions.isEmpty()) {
            throw new IllegalStateException("No posture questionnaire found on the classpath");
        }
    }

    public Questionnaire current() {
        return versions.lastEntry().getValue();
    }

    public Questionnaire version(int version) {
        Questionnaire questionnaire = versions.get(version);
        if (questionnaire == null) {
            throw new IllegalArgumentException("Unknown questionnaire version " + version);
        }
        return questionnaire;
    }

    Map<Integer, Questionnaire> all() {
        return Map.copyOf(versions);
    }
}
