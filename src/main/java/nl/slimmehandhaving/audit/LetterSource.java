package nl.slimmehandhaving.audit;

import java.util.List;
import nl.slimmehandhaving.letters.Letter;
import nl.slimmehandhaving.letters.LetterService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every letter that went out in the case, when, and what it was about. */
@Component
@Order(50)
class LetterSource implements TimelineSource {

    private final LetterService letters;

    LetterSource(LetterService letters) {
        this.letters = letters;
    }

    @Override
    public List<TimelineEntry> entriesOf(AuditedCase auditedCase) {
        return letters.lettersOf(auditedCase.caseId()).stream()
                .map(letter -> new TimelineEntry(letter.getCreatedAt().toInstant(), TimelineEntry.Kind.LETTER,
                        "Brief verstuurd: " + letter.getSubject(), null, null, null,
                        Details.of().put("soort", letter.getKind().name()).put("onderwerp", letter.getSubject())
                                .put("briefnummer", letter.getId()).map()))
                .toList();
    }
}
