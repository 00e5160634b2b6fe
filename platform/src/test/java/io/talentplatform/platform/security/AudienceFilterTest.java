package io.talentplatform.platform.security;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Writer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Set;

import static io.talentplatform.events.privacy.Confidentiality.CONSENTED;
import static io.talentplatform.events.privacy.Confidentiality.PERSON_AND_MANAGER;
import static io.talentplatform.events.privacy.Confidentiality.WRITER;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per confidentiality level: a field of that level reaches exactly its audience, and nobody else. */
class AudienceFilterTest {

    record Answer(String jobTitle,
                  @Audience(CONSENTED) String capability,
                  @Audience(PERSON_AND_MANAGER) String narrative,
                  @Audience(WRITER) String note,
                  @Writer String writtenBy) {
    }

    private static final Answer ANSWER = new Answer("Senior Engineer", "distributed-systems", "set direction",
            "ambition with nowhere to go", "M-1");
    private static final JsonMapper JSON = JsonMapper.builder().addModule(new AudienceFilter()).build();

    private static final Viewer PERSON = new Viewer("E-1", Set.of(Relationship.SELF), false);
    private static final Viewer WRITING_MANAGER = new Viewer("M-1", Set.of(Relationship.CURRENT_MANAGER), false);
    private static final Viewer NEW_MANAGER = new Viewer("M-2", Set.of(Relationship.CURRENT_MANAGER), false);
    private static final Viewer CONSENTED_PANEL = new Viewer("P-1", Set.of(), true);
    private static final Viewer PANEL_WITHOUT_CONSENT = new Viewer("P-1", Set.of(), false);

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void organisationFieldsReachEveryoneWhoMayReadTheAnswer() {
        for (Viewer viewer : new Viewer[]{PERSON, WRITING_MANAGER, NEW_MANAGER, CONSENTED_PANEL,
                PANEL_WITHOUT_CONSENT}) {
            assertThat(as(viewer).has("jobTitle")).as(viewer.toString()).isTrue();
        }
    }

    @Test
    void consentedFieldsReachThePersonTheirManagerAndOnlyViewersTheyConsentedTo() {
        assertThat(as(PERSON).has("capability")).isTrue();
        assertThat(as(WRITING_MANAGER).has("capability")).isTrue();
        assertThat(as(CONSENTED_PANEL).has("capability")).isTrue();
        assertThat(as(PANEL_WITHOUT_CONSENT).has("capability")).isFalse();
        assertThat(asNobody().has("capability")).isFalse();
    }

    @Test
    void personAndManagerFieldsReachOnlyThePersonAndTheirCurrentManager() {
        assertThat(as(PERSON).has("narrative")).isTrue();
        assertThat(as(WRITING_MANAGER).has("narrative")).isTrue();
        assertThat(as(NEW_MANAGER).has("narrative")).isTrue();
        assertThat(as(CONSENTED_PANEL).has("narrative")).isFalse();
        assertThat(as(PANEL_WITHOUT_CONSENT).has("narrative")).isFalse();
        assertThat(asNobody().has("narrative")).isFalse();
    }

    @Test
    void writerFieldsReachOnlyTheManagerWhoWroteThem() {
        assertThat(as(WRITING_MANAGER).get("note").asString()).isEqualTo("ambition with nowhere to go");
        assertThat(as(NEW_MANAGER).has("note")).isFalse();
        assertThat(as(PERSON).has("note")).isFalse();
        assertThat(as(CONSENTED_PANEL).has("note")).isFalse();
        assertThat(asNobody().has("note")).isFalse();
    }

    private static JsonNode as(Viewer viewer) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        viewer.declare();
        return JSON.readTree(JSON.writeValueAsString(ANSWER));
    }

    private static JsonNode asNobody() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        return JSON.readTree(JSON.writeValueAsString(ANSWER));
    }
}
