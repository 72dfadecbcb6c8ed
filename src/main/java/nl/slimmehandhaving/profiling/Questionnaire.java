package nl.slimmehandhaving.profiling;

import java.util.List;

/** One version of the posture questionnaire; an assessment is always read against its own version. */
public record Questionnaire(int version, Scale scale, double minimumAnsweredShare, List<Item> items) {

    public record Scale(int min, int max) {
    }

    public record Item(String code, Posture posture, String text, boolean reverseScored) {
    }

    public List<Item> itemsOf(Posture posture) {
        return items.stream().filter(item -> item.posture() == posture).toList();
    }
}
