package org.vigie.correlate;

/**
 * How a record component is declared in the Esper object-array schema. Esper boxes every property, so the split between
 * {@code double} and {@code Double} only documents whether a rule may see {@code null}.
 */
public enum FieldType {
    STRING("string"),
    LONG("long"),
    DOUBLE("double"),
    /** A {@code Double} record component: {@code null} when the source did not measure it. */
    NULLABLE_DOUBLE("Double"),
    /** An {@code Integer} record component: {@code null} when the source did not measure it. */
    NULLABLE_INTEGER("Integer"),
    /** A Java enum, carried as its constant name so rules compare it with string literals. */
    ENUM("string");

    private final String eplType;

    FieldType(String eplType) {
        this.eplType = eplType;
    }

    /** The type name used in {@code create objectarray schema}. */
    public String eplType() {
        return eplType;
    }
}
