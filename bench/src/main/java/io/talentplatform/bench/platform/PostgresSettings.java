package io.talentplatform.bench.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Server settings a benchmark run asks of its PostgreSQL besides the platform's own ({@code --postgres
 * "shared_buffers=1GB,max_wal_size=4GB"}), to measure a setting before the platform adopts it. The durability
 * settings are refused by the server itself; every result records the settings it ran with.
 */
public final class PostgresSettings {

    private static final String PROPERTY = "bench.postgres";

    private PostgresSettings() {
    }

    /** Asks the next platform started in this JVM for {@code settings}, written {@code name=value,name=value}. */
    public static void ask(String settings) {
        System.setProperty(PROPERTY, settings);
    }

    static Map<String, String> asked() {
        Map<String, String> settings = new LinkedHashMap<>();
        String asked = System.getProperty(PROPERTY, "");
        for (String setting : asked.split(",")) {
            if (setting.isBlank()) {
                continue;
            }
            int equals = setting.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("--postgres takes name=value pairs: " + setting);
            }
            settings.put(setting.substring(0, equals).trim(), setting.substring(equals + 1).trim());
        }
        return settings;
    }
}
