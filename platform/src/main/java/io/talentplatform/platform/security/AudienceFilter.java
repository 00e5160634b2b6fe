package io.talentplatform.platform.security;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place where answers are cut to their audience: every field of an HTTP answer that declares an
 * {@link Audience} is written only if the request's {@link Viewer} may see it. Registered with Spring Boot's Jackson,
 * so it applies to every answer of every service; controllers do no field filtering of their own.
 */
public class AudienceFilter extends SimpleModule {

    public AudienceFilter() {
        super("talent-audience");
        setSerializerModifier(new ValueSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config,
                                                             BeanDescription.Supplier description,
                                                             List<BeanPropertyWriter> properties) {
                List<BeanPropertyWriter> changed = new ArrayList<>(properties.size());
                for (BeanPropertyWriter property : properties) {
                    Audience audience = property.getAnnotation(Audience.class);
                    changed.add(audience == null ? property : new Guarded(property, audience));
                }
                return changed;
            }
        });
    }

    private static final class Guarded extends BeanPropertyWriter {

        private final Audience audience;

        Guarded(BeanPropertyWriter base, Audience audience) {
            super(base);
            this.audience = audience;
        }

        @Override
        public void serializeAsProperty(Object bean, JsonGenerator generator, SerializationContext context)
                throws Exception {
            Optional<Viewer> viewer = Viewer.current();
            if (viewer.isPresent() && viewer.get().sees(audience.value(), writerOf(bean), audience.auditors())) {
                super.serializeAsProperty(bean, generator, context);
            }
        }

        private static String writerOf(Object bean) throws ReflectiveOperationException {
            Method accessor = WRITER.get(bean.getClass()).orElse(null);
            return accessor == null ? null : String.valueOf(accessor.invoke(bean));
        }

        /**
         * The accessor of a record's {@link Writer} component, found once per class rather than for every guarded
         * field written: a record's components, and their annotations, are built anew on every call, and a
         * twenty-candidate match answer writes eighty guarded fields.
         */
        private static final ClassValue<Optional<Method>> WRITER = new ClassValue<>() {
            @Override
            protected Optional<Method> computeValue(Class<?> type) {
                if (type.isRecord()) {
                    for (RecordComponent component : type.getRecordComponents()) {
                        if (component.isAnnotationPresent(Writer.class)) {
                            Method accessor = component.getAccessor();
                            accessor.setAccessible(true);
                            return Optional.of(accessor);
                        }
                    }
                }
                return Optional.empty();
            }
        };
    }
}
