package io.talentplatform.standalone;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Puts capabilities a test names into the capability catalogue, which the tests' shared database may or may not
 * have yet (the standalone build imports its starter catalogue at start; a command service alone does not): the
 * starter catalogue first, then each name. Once there is a catalogue, evidence may name only its entries.
 */
public final class Catalogue {

    private Catalogue() {
    }

    /** @param hr a client of the service that takes commands, signed in as HR */
    public static void ensure(Http hr, String... names) {
        hr.post("/api/v1/capabilities/import", "text/csv", starter()).ok();
        for (String name : names) {
            Answer added = hr.post("/api/v1/capabilities", "{\"capabilityId\":\"%s\",\"label\":\"%s\"}"
                    .formatted(name, name));
            assertThat(added.status()).as(added.toString()).isIn(201, 409);
        }
    }

    private static String starter() {
        try (InputStream in = Catalogue.class.getClassLoader()
                .getResourceAsStream("capability/starter-capabilities.csv")) {
            assertThat(in).as("the command service's starter catalogue").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
