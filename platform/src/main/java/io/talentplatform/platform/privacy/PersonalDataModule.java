package io.talentplatform.platform.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Makes Axon's event serializer seal every {@code @PersonalData} field with its person's key on the way into the
 * event store, and open it on the way out. This is the single place where personal data is encrypted: events,
 * snapshots and anything else written with the event serializer are covered, and code that reads events never sees
 * a sealed value: it sees the text, or {@link Sealer#ERASED} once the person's key is gone.
 */
public class PersonalDataModule extends SimpleModule {

    public PersonalDataModule(Sealer sealer) {
        super("talent-personal-data");
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                                                      JsonSerializer<?> serializer) {
                return PersonalFields.of(description.getBeanClass())
                        .<JsonSerializer<?>>map(fields -> new Sealing(serializer, fields, sealer))
                        .orElse(serializer);
            }
        });
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return PersonalFields.of(description.getBeanClass())
                        .<JsonDeserializer<?>>map(fields -> new Opening(deserializer, fields, sealer))
                        .orElse(deserializer);
            }
        });
    }

    /** Writes the record as usual into a buffer, seals its personal fields, then writes the result. */
    private static final class Sealing extends JsonSerializer<Object> implements ResolvableSerializer {

        private final JsonSerializer<Object> delegate;
        private final PersonalFields fields;
        private final Sealer sealer;

        @SuppressWarnings("unchecked")
        Sealing(JsonSerializer<?> delegate, PersonalFields fields, Sealer sealer) {
            this.delegate = (JsonSerializer<Object>) delegate;
            this.fields = fields;
            this.sealer = sealer;
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            TokenBuffer buffer = new TokenBuffer(generator.getCodec(), false);
            delegate.serialize(value, buffer, provider);
            JsonNode tree = buffer.asParser(generator.getCodec()).readValueAsTree();
            if (tree instanceof ObjectNode object && object.hasNonNull(fields.subjectField())) {
                String subject = object.get(fields.subjectField()).asText();
                transform(object, fields.paths(), path -> text -> sealer.seal(subject, String.join(".", path), text));
            }
            generator.writeTree(tree);
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (delegate instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }
    }

    /** Reads the JSON as a tree, opens its personal fields, then lets the usual deserializer build the record. */
    private static final class Opening extends DelegatingDeserializer {

        private static final JsonDeserializer<? extends JsonNode> TREE =
                JsonNodeDeserializer.getDeserializer(JsonNode.class);

        private final PersonalFields fields;
        private final Sealer sealer;

        Opening(JsonDeserializer<?> delegate, PersonalFields fields, Sealer sealer) {
            super(delegate);
            this.fields = fields;
            this.sealer = sealer;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Opening(delegate, fields, sealer);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // The node deserializer itself, not context.readTree, which looks it (and its type handling) up again
            // on every call, a large share of opening an event in a replay
            // (docs/decisions/006-personal-data-node-deserializer.md).
            JsonNode tree = TREE.deserialize(parser, context);
            if (tree instanceof ObjectNode object && object.hasNonNull(fields.subjectField())) {
                String subject = object.get(fields.subjectField()).asText();
                transform(object, fields.paths(), path -> text -> sealer.open(subject, String.join(".", path), text));
            }
            JsonParser treeParser = tree.traverse(parser.getCodec());
            treeParser.nextToken();
            return _delegatee.deserialize(treeParser, context);
        }
    }

    private static void transform(ObjectNode root, List<List<String>> paths,
                                  java.util.function.Function<List<String>, UnaryOperator<String>> change) {
        for (List<String> path : paths) {
            ObjectNode parent = root;
            for (int i = 0; i < path.size() - 1 && parent != null; i++) {
                JsonNode next = parent.get(path.get(i));
                parent = next instanceof ObjectNode object ? object : null;
            }
            String field = path.get(path.size() - 1);
            if (parent == null || !parent.hasNonNull(field)) {
                continue;
            }
            JsonNode value = parent.get(field);
            if (value.isTextual()) {
                parent.put(field, change.apply(path).apply(value.asText()));
            } else if (value instanceof com.fasterxml.jackson.databind.node.ArrayNode texts) {
                for (int i = 0; i < texts.size(); i++) {
                    if (texts.get(i).isTextual()) {
                        List<String> elementPath = new java.util.ArrayList<>(path);
                        elementPath.add(Integer.toString(i));
                        texts.set(i, texts.textNode(change.apply(elementPath).apply(texts.get(i).asText())));
                    }
                }
            }
        }
    }
}
