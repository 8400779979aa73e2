package org.vigie.schemas.wire;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads Avro single-object encoding (0xC3 0x01, 8-byte little-endian CRC-64-AVRO fingerprint of the writer schema,
 * binary body) into one generated type, resolving older writer schemas through a {@link SchemaStore}. Thread-safe.
 */
final class SingleObjectReader<T> {

    static final int HEADER_LENGTH = 10;

    private static final String READABLE = "";

    private final Schema reader;
    private final SchemaStore writers;
    private final BinaryMessageDecoder<T> decoder;
    /** Per known writer fingerprint: {@link #READABLE} or why records written with it are refused. */
    private final Map<Long, String> verdicts = new ConcurrentHashMap<>();

    SingleObjectReader(Schema reader, SchemaStore writers) {
        this.reader = reader;
        this.writers = writers;
        this.decoder = new BinaryMessageDecoder<>(SpecificData.getForSchema(reader), reader, writers);
    }

    /** Whether the bytes start with the single-object marker. */
    static boolean isSingleObject(byte[] bytes) {
        return bytes.length >= 2 && bytes[0] == (byte) 0xC3 && bytes[1] == (byte) 0x01;
    }

    T read(byte[] bytes) throws DecodeException {
        if (bytes.length < HEADER_LENGTH) {
            throw new DecodeException("truncated Avro single-object header (" + bytes.length + " of "
                    + HEADER_LENGTH + " bytes)");
        }
        String verdict = verdict(fingerprint(bytes));
        if (!verdict.isEmpty()) {
            throw new DecodeException(verdict);
        }
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        T record;
        try {
            record = decoder.decode(in, null);
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
        if (in.available() > 0) {
            throw new DecodeException("trailing bytes after the Avro record (" + in.available() + ")");
        }
        return record;
    }

    private static long fingerprint(byte[] bytes) {
        long fp = 0;
        for (int i = HEADER_LENGTH - 1; i >= 2; i--) {
            fp = (fp << 8) | (bytes[i] & 0xFF);
        }
        return fp;
    }

    private String verdict(long fp) throws DecodeException {
        String known = verdicts.get(fp);
        if (known != null) {
            return known;
        }
        Schema writer = writers.findByFingerprint(fp);
        if (writer == null) {
            // Not cached: garbage fingerprints must not fill memory, and the schema may be registered later.
            throw new DecodeException(String.format("unknown Avro writer schema (fingerprint %016x is not registered)",
                    fp));
        }
        String verdict = judge(writer);
        verdicts.put(fp, verdict);
        return verdict;
    }

    private String judge(Schema writer) {
        if (!writer.getFullName().equals(reader.getFullName()) && !reader.getAliases().contains(writer.getFullName())) {
            return "Avro record is a " + writer.getName() + ", expected a " + reader.getName();
        }
        String biometric = biometricField(writer, new HashSet<>());
        if (biometric != null) {
            return "biometric attribute '" + biometric + "' refused";
        }
        SchemaCompatibility.SchemaPairCompatibility c = SchemaCompatibility.checkReaderWriterCompatibility(reader,
                writer);
        if (c.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            return "Avro writer schema cannot be read as " + reader.getName() + ": "
                    + c.getResult().getIncompatibilities().stream()
                            .map(i -> i.getMessage() + " at " + i.getLocation())
                            .collect(Collectors.joining("; "));
        }
        return READABLE;
    }

    /** The first field, at any depth, whose name is a biometric attribute; {@code null} if none. */
    private static String biometricField(Schema schema, Set<String> seen) {
        switch (schema.getType()) {
            case RECORD:
                if (!seen.add(schema.getFullName())) {
                    return null;
                }
                for (Schema.Field f : schema.getFields()) {
                    String found = Biometrics.isBiometricName(f.name()) ? f.name() : biometricField(f.schema(), seen);
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            case UNION:
                for (Schema branch : schema.getTypes()) {
                    String found = biometricField(branch, seen);
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            case ARRAY:
                return biometricField(schema.getElementType(), seen);
            case MAP:
                return biometricField(schema.getValueType(), seen);
            default:
                return null;
        }
    }

    private static DecodeException failure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException) {
                return new DecodeException("truncated Avro record (body ends early)", e);
            }
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new DecodeException("malformed Avro record: " + Texts.clip(detail), e);
    }
}
