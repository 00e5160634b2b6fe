package io.talentplatform.command.capability;

import io.talentplatform.command.capability.CatalogueCommands.NewCapability;
import io.talentplatform.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ESCO's skills export, read from a fixture in its column layout (esco/skills-fixture.csv: not ESCO's data). */
class EscoSkillsTest {

    @Test
    void eachSkillBecomesACapabilityNamedByItsPreferredLabelWithItsAlternativesAsAliases() throws IOException {
        EscoSkills.Read read = EscoSkills.read(fixture());

        assertThat(read.capabilities()).extracting(NewCapability::capabilityId)
                .containsExactly("manage-distributed-systems", "coach-employees", "gestion-de-datos");
        NewCapability first = read.capabilities().get(0);
        assertThat(first.label()).isEqualTo("manage distributed systems");
        assertThat(first.aliases()).containsExactly("operate-distributed-systems", "run-distributed-computing");
        assertThat(first.escoUri()).isEqualTo("http://example.test/esco-fixture/skill/0001");
        assertThat(first.skillType()).isEqualTo("skill/competence");
        assertThat(first.reuseLevel()).isEqualTo("cross-sector");
        assertThat(read.capabilities().get(1).description())
                .isEqualTo("A fixture row: quotes \"inside\" and commas, to read.");
        assertThat(read.capabilities().get(2).label()).isEqualTo("Gestión de datos");
    }

    @Test
    void aRowWithoutAPreferredLabelIsListedAsSkipped() throws IOException {
        EscoSkills.Read read = EscoSkills.read(fixture());

        assertThat(read.skipped()).hasSize(1);
        assertThat(read.skipped().get(0).reason()).contains("no preferred label");
    }

    @Test
    void aFileThatIsNotAnEscoExportIsRefused() {
        assertThatThrownBy(() -> EscoSkills.read("name,level\nmentoring,3\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("not ESCO's skills export");
        assertThatThrownBy(() -> EscoSkills.read(new byte[0])).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aLabelTakesTheCataloguesForm() {
        assertThat(EscoSkills.name("  Manage Musical Staff ")).isEqualTo("manage-musical-staff");
        assertThat(EscoSkills.name("C++ / Qt")).isEqualTo("c-qt");
        assertThat(EscoSkills.name("***")).isNull();
        String longest = EscoSkills.name("a very long label ".repeat(10));
        assertThat(longest).hasSizeLessThanOrEqualTo(EscoSkills.LONGEST_NAME).doesNotEndWith("-");
    }

    @Test
    void theClosestNamesAreFoundByEditDistance() {
        assertThat(io.talentplatform.platform.problem.EditDistance.betweenNames("distributed-sytems", "distributed-systems")).isEqualTo(1);
        assertThat(io.talentplatform.platform.problem.EditDistance.betweenNames("systems", "distributed-systems")).isEqualTo(1);
        assertThat(io.talentplatform.platform.problem.EditDistance.betweenNames("mentoring", "observability")).isGreaterThan(5);
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = EscoSkillsTest.class.getResourceAsStream("/esco/skills-fixture.csv")) {
            return in.readAllBytes();
        }
    }
}
