package io.talentplatform.web.signin;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Gives a page controller the signed-in person as a parameter. */
@Configuration(proxyBeanMethods = false)
class SignedInArgument implements WebMvcConfigurer {

    private final CurrentPerson current;

    SignedInArgument(CurrentPerson current) {
        this.current = current;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return SignedIn.class.equals(parameter.getParameterType());
            }

            @Override
            public SignedIn resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                            NativeWebRequest request, WebDataBinderFactory binders) {
                return current.get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("signed out"));
            }
        });
    }
}
