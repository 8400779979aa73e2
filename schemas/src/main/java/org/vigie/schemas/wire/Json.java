package org.vigie.schemas.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The shared (thread-safe) Jackson factory and mapper, and the translation of parse errors into reasons. */
final class Json {

    /** Parse errors must not quote the payload: it may hold a clear plate. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Writes one JSON document. */
    interface Body {
        void write(JsonGenerator gen) throws IOException;
    }

    private Json() {
    }

    /** Streams the top-level object of a signal record (the hot path: no tree is built). */
    static JsonFields parseFields(byte[] bytes) throws DecodeException {
        try (JsonParser p = FACTORY.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new DecodeException("JSON value is not an object");
            }
            JsonFields fields = JsonFields.read(p);
            if (p.nextToken() != null) {
                throw new DecodeException("trailing content after the JSON object");
            }
            return fields;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new DecodeException("unreadable JSON", e);
        }
    }

    /** Parses a whole object into a tree (the cold paths: alerts, dead letters). */
    static JsonNode parseObject(byte[] bytes) throws DecodeException {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new DecodeException("JSON value is not an object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new DecodeException("unreadable JSON", e);
        }
    }

    private static DecodeException malformed(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        if (e instanceof JsonEOFException || original != null && original.startsWith("Unexpected end-of-input")) {
            return new DecodeException("truncated JSON (unexpected end of input)", e);
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new DecodeException("malformed JSON" + where, e);
    }

    static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            body.write(gen);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON to memory", e);
        }
        return out.toByteArray();
    }
}
