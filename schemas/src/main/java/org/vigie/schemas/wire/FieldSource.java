package org.vigie.schemas.wire;

/**
 * Typed, named access to the fields of one encoded record, whatever its format. Implementations turn a missing or
 * mistyped field into a {@link DecodeException} naming the field; a JSON {@code null} counts as missing.
 */
interface FieldSource {

    String string(String name) throws DecodeException;

    /** The string, or {@code null} if absent. */
    String optString(String name) throws DecodeException;

    /** An instant as epoch milliseconds UTC. */
    long time(String name) throws DecodeException;

    /** A finite number. */
    double number(String name) throws DecodeException;

    /** A finite number, or {@code null} if absent. */
    Double optNumber(String name) throws DecodeException;

    int integer(String name) throws DecodeException;

    /** A 64-bit integer. */
    long longInteger(String name) throws DecodeException;

    /** An integer, or {@code null} if absent. */
    Integer optInteger(String name) throws DecodeException;

    static DecodeException missing(String name) {
        return new DecodeException("missing required field '" + name + "'");
    }

    static DecodeException notA(String name, String what) {
        return new DecodeException("field '" + name + "' is not " + what);
    }
}
