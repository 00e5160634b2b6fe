package io.talentplatform.command.capability;

import io.talentplatform.command.capability.CatalogueCommands.ImportCapabilities;
import io.talentplatform.platform.axon.EventSerialization;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A first vocabulary for HR to keep (capability/starter-capabilities.csv, written for this project in ESCO's column
 * layout, without ESCO URIs): imported at start when {@code talent.capabilities.starter-catalogue} is on, as the
 * standalone build has it. An import leaves what is there, so a restart adds only entries HR has not already got.
 */
@Component
class StarterCatalogue {

    static final String RESOURCE = "capability/starter-capabilities.csv";
    private static final Logger log = LoggerFactory.getLogger(StarterCatalogue.class);
    private static final MetaData PLATFORM = MetaData.with(EventSerialization.ACTOR, "platform")
            .and(EventSerialization.ACTOR_ROLES, "");

    private final CommandGateway commands;
    private final boolean enabled;

    StarterCatalogue(CommandGateway commands,
                     @Value("${talent.capabilities.starter-catalogue:false}") boolean enabled) {
        this.commands = commands;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void importAtStart() {
        if (!enabled) {
            return;
        }
        EscoSkills.Read starter = EscoSkills.read(bytes());
        CatalogueCommands.Imported imported = commands.sendAndWait(
                new ImportCapabilities(CatalogueId.THE, starter.capabilities()), PLATFORM);
        log.info("Starter capability catalogue: {} added, {} already there", imported.added(),
                imported.alreadyKnown());
    }

    private static byte[] bytes() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
