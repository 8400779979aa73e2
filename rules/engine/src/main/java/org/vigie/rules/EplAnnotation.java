package org.vigie.rules;

import java.util.Map;

/**
 * An annotation at the head of a statement, e.g. {@code @Tag(name='severity', value='HIGH')}.
 *
 * @param name       the annotation name as written (may be dotted)
 * @param attributes literal attribute values by name; a lone value, {@code @Name('x')}, is attribute {@code value}
 * @param literal    whether every attribute was a plain literal (strings, numbers, identifiers)
 * @param at         the {@code @} token, for line numbers
 */
record EplAnnotation(String name, Map<String, String> attributes, boolean literal, EplToken at) {
}
