package nl.slimmehandhaving.profiling;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(QuestionnaireLinkSettings.class)
class QuestionnaireLinkConfiguration {
}
