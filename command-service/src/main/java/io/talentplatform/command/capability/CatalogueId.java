package io.talentplatform.command.capability;

/** The capability catalogue's identity in the event store: there is one catalogue, and one stream keeps its order. */
public record CatalogueId() {

    public static final CatalogueId THE = new CatalogueId();

    /** The aggregate identifier Axon stores the catalogue's events under. */
    @Override
    public String toString() {
        return "capability-catalogue";
    }
}
