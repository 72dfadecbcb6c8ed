package nl.slimmehandhaving.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.slimmehandhaving.cases.EnforcementCase;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import nl.slimmehandhaving.clients.Client;
import nl.slimmehandhaving.clients.ClientService;
import nl.slimmehandhaving.organisations.Organisation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes letters from templates and keeps them with the case. Templates get the client's name and masked BSN
 * only; every value is inserted escaped ({@code th:text}), so free text cannot change the letter's markup.
 */
@Service
@Transactional
public class LetterService {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private final LetterRepository letters;
    private final EnforcementCaseService cases;
    private final ClientService clients;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;

    LetterService(LetterRepository letters, EnforcementCaseService cases, ClientService clients,
                  ITemplateEngine templates, PdfRenderer pdf) {
        this.letters = letters;
        this.cases = cases;
        this.clients = clients;
        this.templates = templates;
        this.pdf = pdf;
    }

    /** Renders and stores a letter of this kind for the case; {@code details} are the kind's own values. */
    public Letter write(Long caseId, LetterKind kind, Map<String, Object> details) {
        EnforcementCase enforcementCase = cases.get(caseId);
        Client client = clients.get(enforcementCase.getClientId());
        Context context = new Context(DUTCH);
        context.setVariables(details);
        context.setVariable("caseNumber", enforcementCase.getCaseNumber());
        context.setVariable("clientName", client.getName());
        context.setVariable("bsn", client.getBsnMasked());
        context.setVariable("organisationName", Organisation.fromCode(enforcementCase.getOrganisation())
                .map(Organisation::displayName).orElse(enforcementCase.getOrganisation()));
        context.setVariable("date", LocalDate.now().format(DATE));
        context.setVariable("subject", kind.subject());
        return letters.save(new Letter(caseId, kind, templates.process(kind.template(), context)));
    }

    @Transactional(readOnly = true)
    public List<Letter> lettersOf(Long caseId) {
        return letters.findByCaseIdOrderByCreatedAtAscIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    public Optional<Letter> letterOf(Long caseId, Long letterId) {
        return letters.findByIdAndCaseId(letterId, caseId);
    }

    public byte[] pdf(Letter letter) {
        return pdf.render(letter.getHtml());
    }

    public static String date(LocalDate date) {
        return date.format(DATE);
    }
}
