package nl.slimmehandhaving.profiling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code slimmehandhaving.questionnaire-link.*}: how long a link stays valid and the public address the link
 * starts with (the address clients use, not the internal one).
 */
@ConfigurationProperties("slimmehandhaving.questionnaire-link")
public record QuestionnaireLinkSettings(@DefaultValue("P14D") Duration validity,
                                        @DefaultValue("http://localhost:8080") String publicBaseUrl) {

    public QuestionnaireLinkSettings {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("slimmehandhaving.questionnaire-link.validity must be positive");
        }
        publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }
}
