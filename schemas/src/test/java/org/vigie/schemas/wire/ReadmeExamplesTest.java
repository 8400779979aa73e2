package org.vigie.schemas.wire;

import org.junit.jupiter.api.Test;
import org.vigie.events.SourceKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.vigie.schemas.wire.Samples.utf8;

/** The JSON examples in README.md decode: the documentation cannot drift from the codecs. */
class ReadmeExamplesTest {

    private static List<String> jsonBlocks() throws IOException {
        Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("README.md")));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void everyExampleDecodes() throws Exception {
        List<String> blocks = jsonBlocks();
        assertEquals(6, blocks.size(), "README examples: camera, dumping, traffic, citizen, alert, dead letter");
        SignalCodec signals = new SignalCodec();
        DecodedSignal camera = signals.decode(SourceKind.CAMERA, utf8(blocks.get(0)));
        assertEquals("AB-123-CD", camera.plateNumber());
        assertEquals(Samples.T, camera.event().eventTime());
        assertEquals(Samples.T, signals.decode(SourceKind.DUMPING_SENSOR, utf8(blocks.get(1))).event().eventTime());
        assertEquals(Samples.T, signals.decode(SourceKind.TRAFFIC, utf8(blocks.get(2))).event().eventTime());
        assertEquals(Samples.T, signals.decode(SourceKind.CITIZEN_REPORT, utf8(blocks.get(3))).event().eventTime());
        assertEquals(2, new AlertCodec().fromJson(utf8(blocks.get(4))).contributing().size());
        assertNotNull(new DeadLetterCodec().fromJson(utf8(blocks.get(5))).payload());
    }
}
