package nl.slimmehandhaving.profiling;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client's questionnaire page behind a personal link: public, no login; the token is the only key. Every
 * outcome is a Dutch page: the form, a thank-you, or why the link does not work (404 unknown, 410 expired or used).
 */
@Controller
@RequestMapping("/vragenlijst")
class QuestionnairePageController {

    /** The answer options, most disagreeing first; the empty value lets a client skip (or undo) an item. */
    static final List<Option> OPTIONS = List.of(new Option("1", "Helemaal oneens"), new Option("2", "Oneens"),
            new Option("3", "Niet eens, niet oneens"), new Option("4", "Eens"), new Option("5", "Helemaal eens"),
            new Option("", "Sla ik over"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            Locale.forLanguageTag("nl-NL")).withZone(ZoneId.of("Europe/Amsterdam"));

    record Option(String value, String label) {
    }

    private final QuestionnaireLinkService links;

    QuestionnairePageController(QuestionnaireLinkService links) {
        this.links = links;
    }

    @GetMapping("/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        privateHeaders(response);
        QuestionnaireLinkService.Lookup lookup = links.lookup(token);
        if (lookup.state() != QuestionnaireLinkService.State.OPEN) {
            return closed(lookup.state(), model, response);
        }
        return form(token, lookup, Map.of(), false, model);
    }

    @PostMapping("/{token}")
    String submit(@PathVariable String token, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response) {
        privateHeaders(response);
        QuestionnaireLinkService.State state;
        try {
            state = links.submit(token, form);
        } catch (InvalidQuestionnaireAnswersException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(token, links.lookup(token), form, true, model);
        }
        if (state != QuestionnaireLinkService.State.OPEN) {
            return closed(state, model, response);
        }
        return "profiling/questionnaire-thanks";
    }

    private static String form(String token, QuestionnaireLinkService.Lookup lookup, Map<String, String> given,
                               boolean invalid, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("items", lookup.questionnaire().items());
        model.addAttribute("options", OPTIONS);
        model.addAttribute("given", given);
        model.addAttribute("invalid", invalid);
        model.addAttribute("validUntil", DATE.format(lookup.link().getExpiresAt()));
        return "profiling/questionnaire";
    }

    private static String closed(QuestionnaireLinkService.State state, Model model, HttpServletResponse response) {
        response.setStatus(state == QuestionnaireLinkService.State.UNKNOWN
                ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        model.addAttribute("state", state.name());
        return "profiling/questionnaire-closed";
    }

    /** The address holds a secret: do not let it leak through the Referer header or caches. */
    private static void privateHeaders(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
    }
}
