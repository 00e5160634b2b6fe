package io.talentplatform.platform.testing;


import io.talentplatform.platform.testing.Http.Answer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh team for one test: a manager and their report, and another manager with another report, registered through
 * the API. Ids are unique per team so tests never see each other's data.
 */
public record TestTeam(int port, String manager, String employee, String otherManager, String otherEmployee) {

    public static TestTeam register(int port) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TestTeam team = new TestTeam(port, "M-" + suffix, "E-" + suffix, "M2-" + suffix, "E2-" + suffix);
        Http hr = team.hr();
        team.registerPerson(hr, team.manager, null);
        team.registerPerson(hr, team.otherManager, null);
        team.registerPerson(hr, team.employee, team.manager);
        team.registerPerson(hr, team.otherEmployee, team.otherManager);
        return team;
    }

    private void registerPerson(Http hr, String id, String managerId) {
        Answer answer = hr.post("/api/v1/employees", """
                {"employeeId":"%s","displayName":"Person %s","jobTitle":"Engineer","level":"L4",
                 "function":"Engineering"%s}""".formatted(id, id,
                managerId == null ? "" : ",\"managerId\":\"" + managerId + "\""));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    public Http hr() {
        return Http.at(port).as("HR-1", "HR");
    }

    public Http asManager() {
        return Http.at(port).as(manager, "MANAGER");
    }

    public Http asEmployee() {
        return Http.at(port).as(employee, "EMPLOYEE");
    }

    /** Schedules a FULL conversation with the employee three days from now and returns its id. */
    public String scheduleConversation() {
        Answer answer = asManager().post("/api/v1/conversations", """
                {"employeeId":"%s","kind":"FULL","trigger":"QUARTERLY","scheduledFor":"%s","plannedMinutes":90}"""
                .formatted(employee, Instant.now().plus(3, ChronoUnit.DAYS)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("conversationId").asString();
    }

    /** Schedules a conversation and records it as held an hour ago. */
    public String heldConversation() {
        String id = scheduleConversation();
        Answer answer = asManager().post("/api/v1/conversations/" + id + "/held",
                "{\"heldAt\":\"%s\",\"actualMinutes\":80}".formatted(Instant.now().minus(1, ChronoUnit.HOURS)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return id;
    }
}
