package dev.securemcp.declarations;

import java.lang.annotation.Annotation;
import java.util.function.BiConsumer;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;

/**
 * The CDI beans (class beans, not producers) with a method carrying an annotation, each with its
 * contextual instance: a client proxy for a normal-scoped bean, so that a request-scoped
 * dependency resolves per request. Application beans are never removed as unused
 * ({@code quarkus.arc.remove-unused-beans=fwk}), so a bean used only for its methods is found.
 */
public final class DeclaringBeans {

    private DeclaringBeans() {
    }

    /** Each bean with a method carrying any of {@code annotations}, once. */
    @SafeVarargs
    public static void forEach(BeanManager beans, BiConsumer<Object, Class<?>> action,
            Class<? extends Annotation>... annotations) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean instanceof InjectableBean<?> injectable && injectable.getKind() == InjectableBean.Kind.CLASS
                    && declaresAny(injectable.getImplementationClass(), annotations)) {
                action.accept(Arc.container().instance(injectable).get(), injectable.getImplementationClass());
            }
        }
    }

    private static boolean declaresAny(Class<?> type, Class<? extends Annotation>[] annotations) {
        for (Class<? extends Annotation> annotation : annotations) {
            if (!MethodInvokers.annotated(type, annotation).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
