package io.talentplatform.standalone;

import io.talentplatform.platform.testing.Http.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/** An answer that is an RFC 9457 problem of the given status and, when given, of the given type. */
public final class ProblemAnswers {

    private ProblemAnswers() {
    }

    public static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        if (type != null) {
            assertThat(answer.json().get("type").asString()).endsWith(type);
        }
    }
}
