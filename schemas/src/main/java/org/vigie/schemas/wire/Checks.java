package org.vigie.schemas.wire;

/** Value checks shared by every format, so JSON and Avro input are refused for the same reasons. */
final class Checks {

    private Checks() {
    }

    static String nonBlank(String name, String value) throws DecodeException {
        if (value.isBlank()) {
            throw new DecodeException("field '" + name + "' is blank");
        }
        return value;
    }

    static double range(String name, double value, double min, double max) throws DecodeException {
        if (value < min || value > max) {
            throw new DecodeException("field '" + name + "' out of range: " + value + " (expected " + min + ".."
                    + max + ")");
        }
        return value;
    }

    static Double range(String name, Double value, double min, double max) throws DecodeException {
        return value == null ? null : range(name, value.doubleValue(), min, max);
    }

    static Double nonNegative(String name, Double value) throws DecodeException {
        return range(name, value, 0, Double.MAX_VALUE);
    }

    static Integer nonNegative(String name, Integer value) throws DecodeException {
        if (value != null && value < 0) {
            throw new DecodeException("field '" + name + "' is negative: " + value);
        }
        return value;
    }
}
