package io.talentplatform.web.signin;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A session's Spring Security authentication for a person signed in on the standalone build's sign-in page. */
final class SignedInAuthentication extends AbstractAuthenticationToken {

    private final SignedIn person;

    SignedInAuthentication(SignedIn person) {
        super(person.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        this.person = person;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public SignedIn getPrincipal() {
        return person;
    }

    @Override
    public String getName() {
        return person.employeeId();
    }
}
