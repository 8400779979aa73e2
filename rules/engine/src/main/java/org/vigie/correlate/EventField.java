package org.vigie.correlate;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One property of a Vigie event type as rules see it: its name (the record component's), type, whether it may be
 * {@code null}, the allowed constants of an enum, a one-line description, and how to read it from the record.
 *
 * @param <E> the record type the accessor reads
 */
public record EventField<E>(
        String name,
        FieldType type,
        boolean nullable,
        List<String> constants,
        String description,
        Function<? super E, Object> accessor) {

    public EventField {
        constants = List.copyOf(constants);
    }

    static <E> EventField<E> of(String name, FieldType type, boolean nullable, String description,
                                Function<? super E, Object> accessor) {
        return new EventField<>(name, type, nullable, List.of(), description, accessor);
    }

    static <E, T extends Enum<T>> EventField<E> ofEnum(String name, Class<T> enumType, boolean nullable,
                                                       String description, Function<? super E, T> accessor) {
        List<String> names = Arrays.stream(enumType.getEnumConstants()).map(Enum::name).toList();
        return new EventField<>(name, FieldType.ENUM, nullable, names, description, e -> {
            T value = accessor.apply(e);
            return value == null ? null : value.name();
        });
    }
}
