package io.talentplatform.web.shell;

import io.talentplatform.web.api.PlatformRefused;
import io.talentplatform.web.api.PlatformUnreachable;
import io.talentplatform.web.api.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page whose reads the platform refused (403, 404) or could not answer says so in words, with the platform's
 * problem, and the right status; it never shows half a page.
 */
@ControllerAdvice(basePackages = "io.talentplatform.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(PlatformRefused.class)
    ModelAndView refused(PlatformRefused refused) {
        ModelAndView page = new ModelAndView("shell/error");
        Problem problem = refused.answer().problem();
        page.addObject("problem", problem);
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(refused.answer().status()));
        return page;
    }

    @ExceptionHandler(PlatformUnreachable.class)
    ModelAndView unreachable(PlatformUnreachable unreachable) {
        log.warn("{}", unreachable.getMessage());
        ModelAndView page = new ModelAndView("shell/error");
        page.addObject("unreachable", true);
        page.setStatus(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }
}
