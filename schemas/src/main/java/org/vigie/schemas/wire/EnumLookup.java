package org.vigie.schemas.wire;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Parses an enum carried as a string. Matching ignores case, '_', '-' and spaces, so the constant names
 * ({@code LICENSE_PLATE}) and the standards' spellings ({@code LicensePlate}, {@code line-crossed}) both work.
 */
final class EnumLookup<E extends Enum<E>> {

    private final Map<String, E> byName = new HashMap<>();
    private final Map<String, E> byKey = new HashMap<>();
    private final String expected;

    EnumLookup(Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            byName.put(constant.name(), constant);
            byKey.put(key(constant.name()), constant);
        }
        expected = Stream.of(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    static String key(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '_' && c != '-' && c != ' ') {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    /** The constant the text names, or {@code null}. */
    E find(String text) {
        E constant = byName.get(text);
        return constant != null ? constant : byKey.get(key(text));
    }

    /** @param field the field name, used in the reason */
    E parse(String field, String text) throws DecodeException {
        E constant = find(text);
        if (constant == null) {
            throw unknown(field, text);
        }
        return constant;
    }

    DecodeException unknown(String field, String text) {
        return new DecodeException("unknown " + field + " '" + Texts.clip(text) + "' (expected one of " + expected
                + ")");
    }

    E parseOpt(String field, String text) throws DecodeException {
        return text == null ? null : parse(field, text);
    }
}
