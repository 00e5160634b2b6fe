package io.talentplatform.command.capability;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The JSON bodies of the catalogue's endpoints, validated before any command is sent. */
final class CatalogueRequests {

    /** A capability's name: lowercase words joined by hyphens (the form evidence and requirements use). */
    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String NAME_MESSAGE = "must be a lowercase, hyphenated name such as distributed-systems";

    private CatalogueRequests() {
    }

    record Add(
            @NotBlank @Size(max = EscoSkills.LONGEST_NAME) @Pattern(regexp = SLUG, message = NAME_MESSAGE)
            String capabilityId,
            @NotBlank @Size(max = 200) String label,
            @Size(max = 50) List<@NotNull @Size(max = EscoSkills.LONGEST_NAME)
                    @Pattern(regexp = SLUG, message = NAME_MESSAGE) String> aliases,
            @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an ESCO concept URI") String escoUri,
            @Size(max = 2000) String description) {
    }

    record Alias(
            @NotBlank @Size(max = EscoSkills.LONGEST_NAME) @Pattern(regexp = SLUG, message = NAME_MESSAGE)
            String alias) {
    }

    /** A name found in the log, and the capability it meant. */
    record MapName(
            @NotBlank @Size(max = EscoSkills.LONGEST_NAME) @Pattern(regexp = SLUG, message = NAME_MESSAGE)
            String name,
            @NotBlank @Size(max = EscoSkills.LONGEST_NAME) @Pattern(regexp = SLUG, message = NAME_MESSAGE)
            String into) {
    }

    record Merge(
            @NotBlank @Size(max = EscoSkills.LONGEST_NAME) @Pattern(regexp = SLUG, message = NAME_MESSAGE)
            String into) {
    }

    record Deprecate(@NotBlank @Size(max = 500) String reason) {
    }
}
