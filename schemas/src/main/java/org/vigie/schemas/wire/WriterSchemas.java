package org.vigie.schemas.wire;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;
import org.vigie.schemas.avro.Alert;
import org.vigie.schemas.avro.CameraDetection;
import org.vigie.schemas.avro.CitizenReport;
import org.vigie.schemas.avro.DeadLetter;
import org.vigie.schemas.avro.DumpingObservation;
import org.vigie.schemas.avro.TrafficEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The writer schemas Avro input may have been written with: the current ones, every released version shipped in
 * this jar (under {@value #RELEASED}), and optionally a caller's store (a registry) asked for anything else.
 */
final class WriterSchemas implements SchemaStore {

    static final List<Schema> CURRENT = List.of(CameraDetection.getClassSchema(),
            DumpingObservation.getClassSchema(), TrafficEvent.getClassSchema(), CitizenReport.getClassSchema(),
            Alert.getClassSchema(), DeadLetter.getClassSchema());

    /** Copied from src/test/resources/released by the build: the frozen schemas of each release. */
    static final String RELEASED = "/org/vigie/schemas/released/";

    private static final List<Schema> RELEASED_SCHEMAS = loadReleased();

    private final Map<Long, Schema> known = new ConcurrentHashMap<>();
    private final SchemaStore extra;

    /** @param extra asked for fingerprints not built in, or {@code null} */
    WriterSchemas(SchemaStore extra) {
        this.extra = extra;
        CURRENT.forEach(this::add);
        RELEASED_SCHEMAS.forEach(this::add);
    }

    private void add(Schema schema) {
        known.put(SchemaNormalization.parsingFingerprint64(schema), schema);
    }

    @Override
    public Schema findByFingerprint(long fingerprint) {
        Schema s = known.get(fingerprint);
        if (s == null && extra != null) {
            s = extra.findByFingerprint(fingerprint);
            if (s != null) {
                known.put(fingerprint, s);
            }
        }
        return s;
    }

    /** Every released schema: version 1, 2, ... until a version directory holds none of the current type names. */
    static List<Schema> loadReleased() {
        List<Schema> all = new ArrayList<>();
        for (int version = 1; ; version++) {
            int found = 0;
            for (Schema current : CURRENT) {
                String path = RELEASED + "v" + version + "/" + current.getName() + ".avsc";
                try (InputStream in = WriterSchemas.class.getResourceAsStream(path)) {
                    if (in != null) {
                        all.add(new Schema.Parser().parse(in));
                        found++;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read released schema " + path, e);
                }
            }
            if (found == 0) {
                return List.copyOf(all);
            }
        }
    }
}
