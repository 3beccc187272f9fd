package dev.securemcp.tools.methods;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which Java types may carry JSON: strings, numbers, booleans, enums, lists, sets, arrays, maps with
 * string keys, {@code Optional} and records made of these. Anything else (an arbitrary class, an
 * interface, {@code Object}) is refused at start: its schema would say nothing and its binding
 * could build any class a client names.
 */
final class ArgumentTypes {
    private static final Set<Class<?>> SCALARS = Set.of(String.class, Boolean.class, Byte.class, Short.class,
            Integer.class, Long.class, Float.class, Double.class, BigDecimal.class, BigInteger.class, URI.class,
            UUID.class, Instant.class, LocalDate.class, LocalDateTime.class, OffsetDateTime.class);

    private ArgumentTypes() {
    }

    /** The first part of {@code type} that cannot be JSON, or empty. */
    static Optional<String> unsupported(Type type) {
        return unsupported(type, new HashSet<>());
    }

    private static Optional<String> unsupported(Type type, Set<Type> seen) {
        if (type instanceof Class<?> plain) {
            if (plain.isPrimitive() && plain != void.class || SCALARS.contains(plain) || plain.isEnum()) {
                return Optional.empty();
            }
            if (plain.isArray()) {
                return unsupported(plain.getComponentType(), seen);
            }
            if (plain.isRecord()) {
                if (!seen.add(plain)) {
                    return Optional.empty();
                }
                for (RecordComponent component : plain.getRecordComponents()) {
                    Optional<String> inner = unsupported(component.getGenericType(), seen);
                    if (inner.isPresent()) {
                        return inner;
                    }
                }
                return Optional.empty();
            }
            return Optional.of(plain.getName());
        }
        if (type instanceof GenericArrayType array) {
            return unsupported(array.getGenericComponentType(), seen);
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            Type[] parts = generic.getActualTypeArguments();
            if (raw == Optional.class || raw == List.class || raw == Set.class || raw == Collection.class) {
                return unsupported(parts[0], seen);
            }
            if (raw == Map.class) {
                if (parts[0] != String.class && !(parts[0] instanceof Class<?> key && key.isEnum())) {
                    return Optional.of(type.getTypeName() + " (map keys are strings)");
                }
                return unsupported(parts[1], seen);
            }
        }
        return Optional.of(type.getTypeName());
    }
}
