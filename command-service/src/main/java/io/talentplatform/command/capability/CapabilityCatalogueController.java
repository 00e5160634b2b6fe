package io.talentplatform.command.capability;

import io.talentplatform.command.access.CommandAccess;
import io.talentplatform.command.capability.CatalogueCommands.AddCapability;
import io.talentplatform.command.capability.CatalogueCommands.AliasCapability;
import io.talentplatform.command.capability.CatalogueCommands.DeprecateCapability;
import io.talentplatform.command.capability.CatalogueCommands.ImportCapabilities;
import io.talentplatform.command.capability.CatalogueCommands.MergeCapability;
import io.talentplatform.command.capability.CatalogueCommands.NewCapability;
import io.talentplatform.command.http.CommandDispatch;
import io.talentplatform.command.http.CommandDispatch.Sent;
import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static io.talentplatform.command.capability.CatalogueRequests.SLUG;
import static io.talentplatform.command.http.CommandAnswers.created;
import static io.talentplatform.command.http.CommandAnswers.ok;

/** HR keeps the capability catalogue: adds, aliases, merges, deprecates, and imports ESCO's skills. */
@RestController
@Validated
class CapabilityCatalogueController {

    private final CommandDispatch dispatch;
    private final CommandAccess access;
    private final CapabilityVocabulary vocabulary;

    CapabilityCatalogueController(CommandDispatch dispatch, CommandAccess access, CapabilityVocabulary vocabulary) {
        this.dispatch = dispatch;
        this.access = access;
        this.vocabulary = vocabulary;
    }

    /** Adds a capability to the catalogue, with its aliases and ESCO URI where known; a new catalogue version. */
    @PostMapping("/api/v1/capabilities")
    ResponseEntity<CatalogueAnswers.Changed> add(@Valid @RequestBody CatalogueRequests.Add body, Caller caller,
            HttpServletRequest request) {
        access.require(Access.ADD_CAPABILITY, caller);
        Sent<Long> sent = dispatch.sendForResult(new AddCapability(CatalogueId.THE, new NewCapability(
                body.capabilityId(), body.label(), body.aliases(), body.escoUri(), null, null, body.description())),
                CatalogueId.THE.toString(), caller, request);
        return created("/api/v1/capabilities?query=" + body.capabilityId(), sent.position(),
                new CatalogueAnswers.Changed(body.capabilityId(), sent.result()));
    }

    /** Adds an alias under which the capability is also found and evidenced. */
    @PostMapping("/api/v1/capabilities/{capabilityId}/aliases")
    ResponseEntity<CatalogueAnswers.Changed> alias(@PathVariable @Size(max = 64) @Pattern(regexp = SLUG)
            String capabilityId, @Valid @RequestBody CatalogueRequests.Alias body, Caller caller,
            HttpServletRequest request) {
        access.require(Access.ALIAS_CAPABILITY, caller);
        return change(new AliasCapability(CatalogueId.THE, capabilityId, body.alias()), capabilityId, caller, request);
    }

    /** Merges the capability into another: evidence named by either now counts for the one kept. */
    @PostMapping("/api/v1/capabilities/{capabilityId}/merge")
    ResponseEntity<CatalogueAnswers.Changed> merge(@PathVariable @Size(max = 64) @Pattern(regexp = SLUG)
            String capabilityId, @Valid @RequestBody CatalogueRequests.Merge body, Caller caller,
            HttpServletRequest request) {
        access.require(Access.MERGE_CAPABILITY, caller);
        return change(new MergeCapability(CatalogueId.THE, capabilityId, body.into()), capabilityId, caller, request);
    }

    /** A name recorded before the catalogue (GET /api/v1/capabilities/unmapped), mapped to what it meant. */
    @PostMapping("/api/v1/capabilities/map")
    ResponseEntity<CatalogueAnswers.Changed> map(@Valid @RequestBody CatalogueRequests.MapName body, Caller caller,
                                                 HttpServletRequest request) {
        access.require(Access.MAP_CAPABILITY_NAME, caller);
        return change(new CatalogueCommands.MapCapabilityName(CatalogueId.THE, body.name(), body.into()), body.into(),
                caller, request);
    }

    /** Deprecates the capability: kept for the evidence that names it, offered no more. */
    @PostMapping("/api/v1/capabilities/{capabilityId}/deprecate")
    ResponseEntity<CatalogueAnswers.Changed> deprecate(@PathVariable @Size(max = 64) @Pattern(regexp = SLUG)
            String capabilityId, @Valid @RequestBody CatalogueRequests.Deprecate body, Caller caller,
            HttpServletRequest request) {
        access.require(Access.DEPRECATE_CAPABILITY, caller);
        return change(new DeprecateCapability(CatalogueId.THE, capabilityId, body.reason()), capabilityId, caller,
                request);
    }

    /** ESCO's skills export as CSV; capabilities already in the catalogue are left as they are. */
    @PostMapping(path = "/api/v1/capabilities/import", consumes = "text/csv")
    ResponseEntity<CatalogueAnswers.Imported> importEsco(@RequestBody byte[] csv, Caller caller,
            HttpServletRequest request) {
        access.require(Access.IMPORT_CAPABILITIES, caller);
        EscoSkills.Read read = EscoSkills.read(csv);
        Sent<CatalogueCommands.Imported> sent = dispatch.sendForResult(
                new ImportCapabilities(CatalogueId.THE, read.capabilities()), CatalogueId.THE.toString(), caller,
                request);
        CatalogueCommands.Imported imported = sent.result();
        long version = imported.catalogueVersion() > 0 ? imported.catalogueVersion()
                : vocabulary.version().orElse(0L);
        return ok(sent.position(), new CatalogueAnswers.Imported(version, imported.added(),
                imported.alreadyKnown(), imported.aliasesDropped(), read.skipped()));
    }

    private ResponseEntity<CatalogueAnswers.Changed> change(Object command, String capabilityId, Caller caller,
                                                            HttpServletRequest request) {
        if (vocabulary.version().isEmpty()) {
            throw Unknown.capability(capabilityId); // no catalogue yet: nothing to change
        }
        Sent<Long> sent = dispatch.sendForResult(command, CatalogueId.THE.toString(), caller, request);
        return ok(sent.position(), new CatalogueAnswers.Changed(capabilityId, sent.result()));
    }
}
