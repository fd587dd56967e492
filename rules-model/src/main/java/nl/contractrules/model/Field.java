package nl.contractrules.model;

import java.util.List;
import java.util.Objects;

/**
 * A decision field of one case kind: its name in the scenario format, the kind's input type and the value's Java
 * type, so that a rule writes and an application reads it without casts, and only on a decision of its kind
 * ({@code decision.get(IncidentFields.HANDLED_FROM)} is a {@code ZonedDateTime}, and compiles only on a
 * {@code Decision<Incident>}). The fields of each kind are constants of its {@code …Fields} class, e.g.
 * {@link IncidentFields}; {@link CaseKind#fields()} lists them in output order.
 *
 * @param <K> the input type of the field's case kind, e.g. {@link Incident}
 * @param <T> the type of the field's value
 */
public final class Field<K extends CaseInput, T> {
    private final String name;
    private final Class<?> type;
    private final Class<?> elementType;

    private Field(String name, Class<?> type, Class<?> elementType) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.elementType = elementType;
    }

    /** A field of the kind {@code K} holding one value of the given type. */
    public static <K extends CaseInput, T> Field<K, T> of(String name, Class<T> type) {
        return new Field<>(name, type, null);
    }

    /** A field of the kind {@code K} holding a list whose elements are of the given type. */
    public static <K extends CaseInput, E> Field<K, List<E>> listOf(String name, Class<E> elementType) {
        return new Field<>(name, List.class, Objects.requireNonNull(elementType, "elementType"));
    }

    /** The field's name in the scenario format, e.g. {@code handledFrom}. */
    public String name() {
        return name;
    }

    /** The type of the field's value ({@link List} for a list field). */
    public Class<?> type() {
        return type;
    }

    /** The type of a list field's elements; null for a field that is not a list. */
    public Class<?> elementType() {
        return elementType;
    }

    /**
     * The value as this field's type (null stays null; a list is copied, unmodifiable); a value of another type
     * is refused with a message naming the field, the value and the type it should have.
     */
    @SuppressWarnings("unchecked")
    public T cast(Object value) {
        if (value == null) {
            return null;
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(wrongType(value));
        }
        if (elementType != null) {
            for (Object element : (List<?>) value) {
                if (!elementType.isInstance(element)) {
                    throw new IllegalArgumentException(wrongType(value));
                }
            }
            return (T) List.copyOf((List<?>) value);
        }
        return (T) value;
    }

    private String wrongType(Object value) {
        String wanted = elementType == null ? type.getSimpleName() : "a list of " + elementType.getSimpleName();
        return "decision field '" + name + "' takes " + wanted + ", not " + value.getClass().getSimpleName() + " "
                + value;
    }

    @Override
    public String toString() {
        return name;
    }
}
