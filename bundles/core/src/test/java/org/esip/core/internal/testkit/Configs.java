package org.esip.core.internal.testkit;

import java.lang.reflect.Proxy;
import java.util.Map;

/** A component's configuration annotation as DS gives it: each attribute's default unless {@code values} names it. */
public final class Configs {
    private Configs() {
    }

    public static <A> A of(Class<A> type, Map<String, Object> values) {
        Object config = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "annotationType":
                    return type;
                case "toString":
                    return type.getSimpleName() + values;
                case "hashCode":
                    return values.hashCode();
                case "equals":
                    return proxy == args[0];
                default:
                    return values.containsKey(method.getName()) ? values.get(method.getName())
                            : method.getDefaultValue();
            }
        });
        return type.cast(config);
    }

    public static <A> A defaults(Class<A> type) {
        return of(type, Map.of());
    }
}
