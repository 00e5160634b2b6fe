package io.talentplatform.projections.publishing;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.cloudevents.CloudEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * A CloudEvent in the structured JSON mode, written in one pass: the attributes in the order and form of the
 * CloudEvents SDK's JSON format, and the data, already JSON, copied in as it is. The SDK's format parses the data
 * back into a tree to write it, work thrown away for every record published
 * (docs/decisions/025-events-publisher-reads-unopened-events.md). Only events whose data is JSON are written here;
 * {@code CloudEventJsonTest} holds the two forms equal.
 */
final class CloudEventJson {

    private static final JsonFactory JSON = new JsonFactory();

    private CloudEventJson() {
    }

    static byte[] write(CloudEvent event) {
        byte[] data = event.getData() == null ? null : event.getData().toBytes();
        if (!event.getExtensionNames().isEmpty() || !isJson(event.getDataContentType())) {
            throw new IllegalArgumentException("only JSON data without extensions is written here: " + event.getType());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + (data == null ? 0 : data.length));
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("specversion", event.getSpecVersion().toString());
            json.writeStringField("id", event.getId());
            json.writeStringField("source", event.getSource().toString());
            json.writeStringField("type", event.getType());
            optional(json, "datacontenttype", event.getDataContentType());
            optional(json, "dataschema", event.getDataSchema() == null ? null : event.getDataSchema().toString());
            optional(json, "subject", event.getSubject());
            optional(json, "time", event.getTime() == null ? null
                    : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.getTime()));
            if (data != null) {
                json.writeFieldName("data");
                json.writeRawValue(new String(data, StandardCharsets.UTF_8));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void optional(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null && (contentType.startsWith("application/json") || contentType.contains("+json"));
    }
}
