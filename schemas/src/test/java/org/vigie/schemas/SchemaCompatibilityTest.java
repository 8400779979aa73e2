package org.vigie.schemas;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The compatibility rule: every current schema (src/main/avro) reads data written with every released version of
 * it (src/test/resources/released/vN), so a new Vigie reads everything already on the topics. A released copy is
 * frozen: to release a changed schema, add a released/vN+1 copy; never edit an older one.
 */
class SchemaCompatibilityTest {

    private static final Path CURRENT = Path.of("src/main/avro");
    private static final Path RELEASED = Path.of("src/test/resources/released");

    /** Schemas of a directory by record name. */
    private static Map<String, Schema> schemas(Path dir) throws IOException {
        Map<String, Schema> byName = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".avsc")).sorted().collect(Collectors.toList())) {
                Schema s = new Schema.Parser().parse(f.toFile());
                byName.put(s.getFullName(), s);
            }
        }
        return byName;
    }

    private static List<Path> releasedVersions() throws IOException {
        try (Stream<Path> dirs = Files.list(RELEASED)) {
            return dirs.filter(Files::isDirectory)
                    .sorted((a, b) -> Integer.compare(version(a), version(b)))
                    .collect(Collectors.toList());
        }
    }

    private static int version(Path dir) {
        String name = dir.getFileName().toString();
        assertTrue(name.matches("v[1-9][0-9]*"), "released directories are named v1, v2, ...: " + name);
        return Integer.parseInt(name.substring(1));
    }

    /** Why {@code reader} cannot read data written with {@code writer}, one line per incompatibility. */
    static List<String> incompatibilities(Schema reader, Schema writer) {
        SchemaPairCompatibility c = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        List<String> problems = new ArrayList<>();
        c.getResult().getIncompatibilities().forEach(i -> problems.add(
                i.getType() + " at " + i.getLocation() + ": " + i.getMessage()));
        return problems;
    }

    @TestFactory
    List<DynamicTest> everyCurrentSchemaReadsEveryReleasedVersion() throws IOException {
        Map<String, Schema> current = schemas(CURRENT);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path version : releasedVersions()) {
            for (Map.Entry<String, Schema> released : schemas(version).entrySet()) {
                String name = released.getKey();
                tests.add(DynamicTest.dynamicTest(name + " reads " + version.getFileName(), () -> {
                    Schema reader = current.get(name);
                    if (reader == null) {
                        fail(name + " was released in " + version.getFileName() + " but has no current schema: "
                                + "its data on the topics could no longer be read");
                    }
                    List<String> problems = incompatibilities(reader, released.getValue());
                    if (!problems.isEmpty()) {
                        fail("current " + name + " cannot read data written with released "
                                + version.getFileName() + ":\n  " + String.join("\n  ", problems));
                    }
                }));
            }
        }
        assertFalse(tests.isEmpty(), "no released schema under " + RELEASED);
        return tests;
    }

    @Test
    void releasedVersionsAreNumberedWithoutGaps() throws IOException {
        List<Path> versions = releasedVersions();
        for (int i = 0; i < versions.size(); i++) {
            assertEquals(i + 1, version(versions.get(i)), "the codecs load released/v1, v2, ... up to the first gap");
        }
    }

    private static Schema currentCamera() throws IOException {
        return new Schema.Parser().parse(CURRENT.resolve("CameraDetection.avsc").toFile());
    }

    /** The current camera schema with one more field, given as JSON. */
    private static Schema cameraWith(String fieldJson) throws IOException {
        String text = Files.readString(CURRENT.resolve("CameraDetection.avsc"));
        int end = text.lastIndexOf(']');
        return new Schema.Parser().parse(text.substring(0, end) + ", " + fieldJson + text.substring(end));
    }

    @Test
    void aNewRequiredFieldWithoutDefaultIsCaught() throws IOException {
        Schema breaking = cameraWith("{\"name\": \"heading\", \"type\": \"double\"}");
        List<String> problems = incompatibilities(breaking, currentCamera());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("READER_FIELD_MISSING_DEFAULT"), problems.get(0));
        assertTrue(problems.get(0).contains("heading"), problems.get(0));
    }

    @Test
    void aChangedFieldTypeIsCaught() throws IOException {
        Schema breaking = new Schema.Parser().parse(currentCamera().toString()
                .replace("{\"name\":\"likelihood\",\"type\":\"double\"", "{\"name\":\"likelihood\",\"type\":\"string\""));
        List<String> problems = incompatibilities(breaking, currentCamera());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("TYPE_MISMATCH at /fields/7/type"), problems.get(0));
    }

    @Test
    void aNewOptionalFieldWithDefaultIsAccepted() throws IOException {
        Schema evolved = cameraWith("{\"name\": \"heading\", \"type\": [\"null\", \"double\"], \"default\": null}");
        assertEquals(List.of(), incompatibilities(evolved, currentCamera()));
    }
}
