package io.talentplatform.platform.privacy;

import io.talentplatform.events.conversation.ConversationCompleted;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event that carries personal data names its person, so that its fields can be sealed with their key. */
class PersonalFieldsTest {

    @Test
    void everyEventWithPersonalDataNamesItsDataSubject() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        Set<BeanDefinition> events = scanner.findCandidateComponents("io.talentplatform.events");
        assertThat(events).hasSizeGreaterThanOrEqualTo(20);
        for (BeanDefinition definition : events) {
            Class<?> event = Class.forName(definition.getBeanClassName());
            if (!PersonalFields.personalPaths(event).isEmpty()) {
                assertThat(Arrays.stream(event.getRecordComponents())
                        .anyMatch(component -> component.isAnnotationPresent(DataSubject.class)))
                        .as(event.getName() + " has personal data but no @DataSubject").isTrue();
                assertThat(PersonalFields.of(event)).as(event.getName()).isPresent();
            }
        }
    }

    @Test
    void nestedPersonalFieldsAreFound() {
        assertThat(PersonalFields.of(ConversationCompleted.class).orElseThrow().paths())
                .containsExactly(List.of("advocacyAction", "description"));
        assertThat(PersonalFields.of(EmployeeRegistered.class).orElseThrow().subjectField()).isEqualTo("employeeId");
    }
}
