package io.talentplatform.platform.privacy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;

/**
 * For a reader of events that never needs a personal text (a publisher whose records carry none): every sealed value
 * reads as {@link Sealer#NOT_OPENED}, without a key looked up or a cipher run, and without the JSON tree that
 * {@link PersonalDataModule} builds to find the fields. Which fields are personal does not matter here: only a sealed
 * value is replaced, and only a personal field is ever sealed. Such a reader must have its own decoded events, never
 * share them with readers that open them.
 */
public class UnopenedPersonalData extends SimpleModule {

    public UnopenedPersonalData() {
        super("talent-unopened-personal-data");
        addDeserializer(String.class, new NotOpened());
    }

    private static final class NotOpened extends StdScalarDeserializer<String> {

        NotOpened() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            return value != null && value.startsWith(Sealer.PREFIX) ? Sealer.NOT_OPENED : value;
        }
    }
}
