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

    /** Opens a development contract for the employee (by their manager) and returns its id. */
    public String openContract() {
        Answer answer = asManager().post("/api/v1/contracts", """
                {"employeeId":"%s","goal":"lead cross-team initiatives","evidenceOfSuccess":"a design review run",
                 "reviewCadence":"MONTHLY","nextReviewOn":"%s","openQuestions":["is a platform role realistic?"]}"""
                .formatted(employee, java.time.LocalDate.now().plusDays(30)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("contractId").asString();
    }

    /** Adds a commitment of the given side ("EMPLOYEE" or "MANAGER") to a contract and returns its id. */
    public String commitment(String contractId, String owner) {
        Http side = "MANAGER".equals(owner) ? asManager() : asEmployee();
        Answer answer = side.post("/api/v1/contracts/" + contractId + "/commitments", """
                {"owner":"%s","description":"a concrete action","dueOn":"%s"%s}""".formatted(owner,
                java.time.LocalDate.now().plusDays(14), "MANAGER".equals(owner) ? ",\"kind\":\"INTRODUCTION\"" : ""));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("commitmentId").asString();
    }

    /**
     * A write that appends an event after everything the team did so far, to read it back with
     * {@code ?minPosition=}. Once per team: the same consent again appends nothing.
     */
    public long settle() {
        return asEmployee().put("/api/v1/employees/" + employee + "/consent",
                "{\"marketplaceVisible\":false,\"successionDiscoverable\":true,\"share\":[]}").position();
    }
}
