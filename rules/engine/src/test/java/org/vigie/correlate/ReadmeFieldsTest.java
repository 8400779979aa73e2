package org.vigie.correlate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rules README lists every field a rule can use, generated from {@link EventSchemas}. Run with
 * {@code -Dvigie.readme.update=true} to rewrite the section after changing an event record.
 */
class ReadmeFieldsTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void readmeListsEveryFieldOfEveryEventType() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int begin = readme.indexOf(EventTypeDocs.BEGIN);
        int end = readme.indexOf(EventTypeDocs.END);
        assertTrue(begin >= 0 && end > begin, "README lacks the generated field section markers");
        String current = readme.substring(begin + EventTypeDocs.BEGIN.length(), end);
        String generated = "\n" + EventTypeDocs.markdown();
        if (!current.equals(generated) && Boolean.getBoolean("vigie.readme.update")) {
            Files.writeString(README, readme.substring(0, begin + EventTypeDocs.BEGIN.length()) + generated
                    + readme.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(generated, current, "README field list is stale: run this test with -Dvigie.readme.update=true");
    }
}
