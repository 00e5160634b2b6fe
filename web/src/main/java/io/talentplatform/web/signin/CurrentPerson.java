package io.talentplatform.web.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in, however they signed in: on the standalone build's sign-in page (a {@link SignedIn} already), or
 * through the organisation's OpenID Connect provider, whose token carries the employee id ({@code employee_id}) and
 * the roles ({@code roles}) the API reads from the same access token.
 */
@Component
public class CurrentPerson {

    private final ObjectProvider<OAuth2AuthorizedClientService> authorizedClients;

    CurrentPerson(ObjectProvider<OAuth2AuthorizedClientService> authorizedClients) {
        this.authorizedClients = authorizedClients;
    }

    public Optional<SignedIn> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof SignedIn person) {
            return Optional.of(person);
        }
        if (authentication instanceof OAuth2AuthenticationToken oauth
                && oauth.getPrincipal() instanceof OidcUser user) {
            OAuth2AuthorizedClientService clients = authorizedClients.getIfAvailable();
            OAuth2AuthorizedClient client = clients == null ? null
                    : clients.loadAuthorizedClient(oauth.getAuthorizedClientRegistrationId(), oauth.getName());
            if (client == null) {
                return Optional.empty();
            }
            String employeeId = user.getClaimAsString("employee_id");
            Set<String> roles = new LinkedHashSet<>();
            Collection<String> claimed = user.getClaimAsStringList("roles");
            if (claimed != null) {
                roles.addAll(claimed);
            }
            return Optional.of(new SignedIn(employeeId == null ? user.getSubject() : employeeId,
                    user.getFullName(), roles, client.getAccessToken().getTokenValue()));
        }
        return Optional.empty();
    }

    /** The authorities of a person signed in, as the pages' security rules read them. */
    static Collection<? extends GrantedAuthority> authorities(SignedIn person) {
        return new SignedInAuthentication(person).getAuthorities();
    }
}
