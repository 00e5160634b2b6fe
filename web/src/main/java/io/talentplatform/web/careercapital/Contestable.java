package io.talentplatform.web.careercapital;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What on a person's own map they may contest (docs/contests.md): evidence others recorded, readiness assessments
 * and relationships, less whatever awaits an answer already. Templates call it as {@code @contestable}.
 */
@Component("contestable")
public class Contestable {

    private final MessageSource messages;

    Contestable(MessageSource messages) {
        this.messages = messages;
    }

    /** The choices of the contest form, each {@code KIND|id} with a label the person recognises. */
    public List<Choice> of(Map<String, Object> person) {
        Set<String> open = list(person.get("contests")).stream()
                .filter(contest -> Boolean.TRUE.equals(contest.get("open")))
                .map(contest -> contest.get("subject") + "|" + contest.get("subjectId"))
                .collect(Collectors.toSet());
        List<Choice> choices = new ArrayList<>();
        for (Map<String, Object> capability : list(person.get("capabilities"))) {
            for (Map<String, Object> evidence : list(capability.get("evidence"))) {
                if (!"SELF".equals(evidence.get("source"))) {
                    choices.add(new Choice("EVIDENCE|" + evidence.get("evidenceId"), message("contest.choice.EVIDENCE",
                            capability.get("capability"), evidence.get("level"), evidence.get("observedOn"),
                            Objects.toString(evidence.get("evidence"), ""))));
                }
            }
        }
        for (Map<String, Object> readiness : list(person.get("readiness"))) {
            choices.add(new Choice("READINESS|" + readiness.get("target"), message("contest.choice.READINESS",
                    readiness.get("target"), message("readiness." + readiness.get("readiness")))));
        }
        for (Map<String, Object> relationship : list(person.get("relationships"))) {
            choices.add(new Choice("RELATIONSHIP|" + relationship.get("relationshipId"),
                    message("contest.choice.RELATIONSHIP", Objects.toString(relationship.get("counterpartName"), ""),
                            Objects.toString(relationship.get("counterpartFunction"), ""))));
        }
        return choices.stream().filter(choice -> !open.contains(choice.value())).toList();
    }

    /** What a contest is about, as the person would name it; a record withdrawn since is said to be. */
    public String subject(Map<String, Object> person, Map<String, Object> contest) {
        String id = String.valueOf(contest.get("subjectId"));
        switch (String.valueOf(contest.get("subject"))) {
            case "EVIDENCE" -> {
                for (Map<String, Object> capability : list(person.get("capabilities"))) {
                    for (Map<String, Object> evidence : list(capability.get("evidence"))) {
                        if (id.equals(String.valueOf(evidence.get("evidenceId")))) {
                            return message("contest.subject.EVIDENCE", capability.get("capability"),
                                    evidence.get("observedOn"));
                        }
                    }
                }
                return message("contest.subject.gone.EVIDENCE");
            }
            case "RELATIONSHIP" -> {
                for (Map<String, Object> relationship : list(person.get("relationships"))) {
                    if (id.equals(String.valueOf(relationship.get("relationshipId")))) {
                        return message("contest.subject.RELATIONSHIP",
                                Objects.toString(relationship.get("counterpartName"), ""));
                    }
                }
                return message("contest.subject.gone.RELATIONSHIP");
            }
            default -> {
                return message("contest.subject.READINESS", id);
            }
        }
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> items ? (List<Map<String, Object>>) items : List.of();
    }

    /** @param value {@code KIND|id}, as the form sends it */
    public record Choice(String value, String label) {
    }
}
