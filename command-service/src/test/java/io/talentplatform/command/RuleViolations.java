package io.talentplatform.command;

import io.talentplatform.platform.problem.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refusal by its problem type, the part of a rule violation a client switches on. */
public final class RuleViolations {

    private RuleViolations() {
    }

    public static Matcher<RuleViolation> problem(String slug) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return slug.equals(violation.problem());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation of type ").appendValue(slug);
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description mismatch) {
                mismatch.appendText("was ").appendValue(violation.problem()).appendText(": ")
                        .appendText(violation.getMessage());
            }
        };
    }
}
