package io.talentplatform.command.capability;

import io.talentplatform.command.capability.CatalogueCommands.NewCapability;
import io.talentplatform.platform.problem.RuleViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads ESCO's skills export (the CSV its download service gives, one skill a row): the columns {@code conceptUri},
 * {@code preferredLabel}, {@code altLabels} (one label a line), {@code skillType}, {@code reuseLevel} and
 * {@code description}, found by their header, others ignored. A capability's name is its preferred label in the
 * catalogue's form (lowercase, hyphenated); its alternative labels become aliases in the same form.
 */
final class EscoSkills {

    /** The longest name a capability may have: what evidence and requirements accept. */
    static final int LONGEST_NAME = 64;
    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final CsvSchema WITH_HEADER = CsvSchema.emptySchema().withHeader();

    private EscoSkills() {
    }

    /** The rows read, and the lines left out with why. */
    record Read(List<NewCapability> capabilities, List<Skipped> skipped) {
    }

    record Skipped(long line, String reason) {
    }

    static Read read(byte[] csv) {
        List<NewCapability> capabilities = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class).with(WITH_HEADER)
                .readValues(csv)) {
            if (!rows.hasNext()) {
                throw RuleViolation.unprocessable("empty-import", "The file holds no skills.");
            }
            while (rows.hasNext()) {
                long line = rows.currentLocation() == null ? -1 : rows.currentLocation().getLineNr();
                Map<String, String> row = rows.next();
                if (!row.containsKey("preferredLabel") || !row.containsKey("conceptUri")) {
                    throw RuleViolation.unprocessable("not-an-esco-export",
                            "The file has no conceptUri and preferredLabel columns: it is not ESCO's skills export.");
                }
                String label = clean(row.get("preferredLabel"));
                String name = label == null ? null : name(label);
                if (name == null) {
                    skipped.add(new Skipped(line, "no preferred label to name the capability by"));
                    continue;
                }
                Set<String> aliases = new LinkedHashSet<>();
                String alternatives = row.get("altLabels");
                if (alternatives != null) {
                    for (String alternative : alternatives.split("\\R")) {
                        String alias = name(alternative);
                        if (alias != null && !alias.equals(name)) {
                            aliases.add(alias);
                        }
                    }
                }
                capabilities.add(new NewCapability(name, label, List.copyOf(aliases), clean(row.get("conceptUri")),
                        clean(row.get("skillType")), clean(row.get("reuseLevel")), clean(row.get("description"))));
            }
        } catch (JacksonException e) {
            throw RuleViolation.unprocessable("malformed-csv", "The file is not readable as CSV: "
                    + e.getOriginalMessage());
        }
        return new Read(capabilities, skipped);
    }

    /**
     * A label in the catalogue's form: accents dropped, lowercase, every run of other characters one hyphen; cut at a
     * hyphen to {@value #LONGEST_NAME} characters. {@code null} when nothing is left.
     */
    static String name(String label) {
        String plain = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > LONGEST_NAME) {
            int cut = plain.lastIndexOf('-', LONGEST_NAME);
            plain = plain.substring(0, cut > 0 ? cut : LONGEST_NAME);
        }
        return plain.isEmpty() ? null : plain;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
