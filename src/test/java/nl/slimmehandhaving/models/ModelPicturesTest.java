package nl.slimmehandhaving.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pictures in docs/images are drawn from the models by {@code npm run pictures}, which records the SHA-256
 * of every model file it drew in docs/images/manifest.json. A model changed without regenerating its pictures
 * fails here, so the README and docs/process-owners.md never show an old version.
 */
class ModelPicturesTest {

    private static final Path IMAGES = Path.of("docs", "images");
    private static final String HOW_TO_FIX = " Run `npm run pictures` and commit docs/images.";

    @Test
    void everyModelHasPicturesDrawnFromItsCurrentVersion() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(IMAGES.resolve("manifest.json").toFile());
        List<String> problems = new ArrayList<>();
        for (Path model : models()) {
            String key = model.toString().replace('\\', '/');
            JsonNode entry = manifest.path(key);
            if (entry.isMissingNode()) {
                problems.add(key + " has no pictures.");
            } else if (!entry.path("sha256").asText().equals(sha256(model))) {
                problems.add(key + " changed after its pictures were drawn.");
            } else if (entry.path("images").isEmpty()) {
                problems.add(key + " has no process or decision that was drawn.");
            } else {
                entry.path("images").forEach(image -> {
                    if (!Files.isRegularFile(IMAGES.resolve(image.asText()))) {
                        problems.add(key + ": picture " + image.asText() + " is missing.");
                    }
                });
            }
        }
        manifest.fieldNames().forEachRemaining(key -> {
            if (!Files.exists(Path.of(key))) {
                problems.add(key + " no longer exists but still has pictures.");
            }
        });
        assertThat(problems).as(String.join("\n", problems) + HOW_TO_FIX).isEmpty();
    }

    private static List<Path> models() throws IOException {
        try (Stream<Path> bpmn = Files.list(Path.of("bpmn")); Stream<Path> dmn = Files.list(Path.of("dmn"))) {
            return Stream.concat(bpmn.filter(p -> p.toString().endsWith(".bpmn")),
                    dmn.filter(p -> p.toString().endsWith(".dmn"))).sorted().toList();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
