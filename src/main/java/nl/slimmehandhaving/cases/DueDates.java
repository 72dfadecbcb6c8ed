package nl.slimmehandhaving.cases;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Due dates for user tasks, used in the models as {@code ${dueDates.inDays(5)}}. */
@Component("dueDates")
public class DueDates {

    private final Clock clock;

    public DueDates() {
        this(Clock.systemDefaultZone());
    }

    DueDates(Clock clock) {
        this.clock = clock;
    }

    public Date inDays(long days) {
        return Date.from(clock.instant().plus(Duration.ofDays(days)));
    }
}
