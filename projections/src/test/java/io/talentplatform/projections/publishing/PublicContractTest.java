package io.talentplatform.projections.publishing;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka contract carries no field that is personal data, confidential to person and manager, or confidential
 * to its writer, under any event that has a field of the same name: the audiences declared on the events decide
 * what may cross, here, once.
 */
class PublicContractTest {

    @Test
    void noPublicFieldIsPersonalOrConfidentialInTheEventsItComesFrom() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        List<RecordComponent> internal = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("io.talentplatform.events")) {
            internal.addAll(List.of(Class.forName(definition.getBeanClassName()).getRecordComponents()));
        }
        List<Class<?>> contract = java.util.Arrays.stream(PublicContract.class.getDeclaredClasses())
                .filter(Class::isRecord).toList();
        assertThat(contract).as("every published data type").hasSizeGreaterThanOrEqualTo(12);
        for (Class<?> type : contract) {
            for (RecordComponent published : type.getRecordComponents()) {
                for (RecordComponent source : internal) {
                    if (!source.getName().equals(published.getName())) {
                        continue;
                    }
                    Audience audience = source.getAnnotation(Audience.class);
                    Confidentiality level = audience == null ? Confidentiality.ORGANISATION : audience.value();
                    assertThat(level).as(type.getSimpleName() + "." + published.getName() + " from "
                            + source.getDeclaringRecord().getSimpleName())
                            .isIn(Confidentiality.ORGANISATION, Confidentiality.CONSENTED);
                    assertThat(source.isAnnotationPresent(PersonalData.class))
                            .as(type.getSimpleName() + "." + published.getName() + " is personal data in "
                                    + source.getDeclaringRecord().getSimpleName()).isFalse();
                }
            }
        }
    }
}
