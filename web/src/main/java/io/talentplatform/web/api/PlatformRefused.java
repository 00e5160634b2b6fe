package io.talentplatform.web.api;

/** A read the page needs was refused (403, 404) or failed: the page says so instead of showing half of itself. */
public class PlatformRefused extends RuntimeException {

    private final Answer answer;

    public PlatformRefused(Answer answer) {
        super(answer.status() + " " + (answer.problem() == null ? "" : answer.problem().detail()));
        this.answer = answer;
    }

    public Answer answer() {
        return answer;
    }
}
