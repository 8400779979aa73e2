package org.vigie.rules.tooling;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.vigie.events.SourceKind;
import org.vigie.schemas.wire.DecodeException;
import org.vigie.schemas.wire.SignalCodec;

/**
 * Reads a recorded event file: an Avro object container file (detected by its magic bytes) of one event type, or
 * JSON lines ({@link EventLines}). Decoding goes through {@link SignalCodec}, as ingest does, so a record ingest
 * would refuse is refused here too.
 */
final class EventFiles {

    private static final byte[] AVRO_MAGIC = {'O', 'b', 'j', 1};

    private EventFiles() {
    }

    /** @param kind the events' kind when the file does not say (JSON lines without type), or null */
    static void read(Path file, SourceKind kind, EventCollector out, Progress progress) throws IOException {
        if (isAvroContainer(file)) {
            readAvro(file, kind, out, progress);
        } else {
            readJsonLines(file, kind, out, progress);
        }
    }

    private static void readJsonLines(Path file, SourceKind kind, EventCollector out, Progress progress)
            throws IOException {
        SignalCodec codec = new SignalCodec();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                try {
                    out.add(codec.decode(EventLines.kind(bytes, kind), bytes).event(), file + ":" + n);
                } catch (DecodeException e) {
                    out.refuse(file + ":" + n, e.getMessage());
                }
                progress.update(out.read());
            }
        }
    }

    /** Each container record is re-framed as a single-object message so the codec reads it with the file's schema. */
    private static void readAvro(Path file, SourceKind kind, EventCollector out, Progress progress)
            throws IOException {
        try (InputStream in = Files.newInputStream(file);
             DataFileStream<GenericRecord> records = new DataFileStream<>(in, new GenericDatumReader<>())) {
            Schema schema = records.getSchema();
            SourceKind fileKind = kind != null ? kind : EventLines.kindOf(schema.getName());
            if (fileKind == null) {
                throw new IOException(file + ": Avro records of type " + schema.getFullName()
                        + " are not Vigie events (give --kind)");
            }
            SchemaStore.Cache store = new SchemaStore.Cache();
            store.addSchema(schema);
            SignalCodec codec = new SignalCodec(store);
            BinaryMessageEncoder<GenericRecord> encoder = new BinaryMessageEncoder<>(GenericData.get(), schema);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
            long n = 0;
            for (GenericRecord record : records) {
                n++;
                buffer.reset();
                encoder.encode(record, buffer);
                try {
                    out.add(codec.decode(fileKind, buffer.toByteArray()).event(), file + " record " + n);
                } catch (DecodeException e) {
                    out.refuse(file + " record " + n, e.getMessage());
                }
                progress.update(out.read());
            }
        }
    }

    private static boolean isAvroContainer(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(AVRO_MAGIC.length), AVRO_MAGIC);
        }
    }
}
