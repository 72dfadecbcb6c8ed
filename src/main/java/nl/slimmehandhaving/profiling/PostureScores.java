package nl.slimmehandhaving.profiling;

import java.util.EnumMap;
import java.util.Map;

/** Mean score per posture (null where no item of it was answered) and the share of items answered. */
public record PostureScores(Map<Posture, Double> means, double answeredShare) {

    public PostureScores {
        means = new EnumMap<>(means);
    }

    public Double of(Posture posture) {
        return means.get(posture);
    }
}
