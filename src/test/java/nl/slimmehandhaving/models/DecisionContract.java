package nl.slimmehandhaving.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The decisions table at the bottom of {@code docs/process-model.md} (the contract between models and code):
 * key, inputs, outputs and hit policy of each decision.
 */
record DecisionContract(String key, Set<String> inputs, Set<String> outputs, String hitPolicy) {

    static final Path CONTRACT = Path.of("docs", "process-model.md");
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*`?([A-Za-z][A-Za-z0-9]*)");

    static Map<String, DecisionContract> read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(CONTRACT);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + CONTRACT.toAbsolutePath(), e);
        }
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("## Decisions")) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            throw new IllegalStateException(CONTRACT + " has no '## Decisions' section");
        }
        Map<String, DecisionContract> contracts = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|") || line.startsWith("|---") || line.startsWith("| key")) {
                continue;
            }
            String[] cells = line.split("\\|");
            if (cells.length < 5) {
                continue;
            }
            String key = cells[1].trim();
            contracts.put(key, new DecisionContract(key, names(cells[2]), names(cells[3]), cells[4].trim()));
        }
        return contracts;
    }

    private static Set<String> names(String cell) {
        Set<String> names = new LinkedHashSet<>();
        for (String part : cell.split(",")) {
            Matcher m = LEADING_NAME.matcher(part);
            if (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
