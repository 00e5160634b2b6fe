package io.talentplatform.bench;

import io.talentplatform.testkit.synthetic.OrganisationSpec;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs of a sub-command, with defaults. */
public final class Options {

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    public static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            values.put(args[i].substring(2), args[++i]);
        }
        return new Options(values);
    }

    public int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    public long number(String name, long fallback) {
        return values.containsKey(name) ? Long.parseLong(values.get(name)) : fallback;
    }

    public String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** The synthetic organisation of {@code --people --openings --quarters --seed}, with its history up to today. */
    public OrganisationSpec organisation() {
        return new OrganisationSpec(integer("people", OrganisationSpec.DEFAULT_PEOPLE),
                integer("openings", OrganisationSpec.DEFAULT_OPENINGS),
                integer("quarters", OrganisationSpec.DEFAULT_QUARTERS),
                number("seed", OrganisationSpec.DEFAULT_SEED), LocalDate.now(ZoneOffset.UTC));
    }
}
