package nl.slimmehandhaving.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Retention of a closed case's domain data: the same period as the history time-to-live of the models, after
 * which the personal data is anonymised by {@link CaseAnonymisationJob} on {@code cron}.
 */
@ConfigurationProperties("slimmehandhaving.retention")
public record RetentionProperties(int days, String cron) {

    public RetentionProperties {
        if (days < 0) {
            throw new IllegalArgumentException("slimmehandhaving.retention.days must not be negative");
        }
    }
}
