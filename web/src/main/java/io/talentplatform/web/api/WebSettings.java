package io.talentplatform.web.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the pages find the platform, and how people sign in.
 *
 * @param commandUrl     the command API's base URL; empty for this very server (the standalone build)
 * @param queryUrl       the query API's base URL; empty for this very server
 * @param projectionsUrl the projections service's base URL, which serves {@code /api/v1/admin/projections}; empty
 *                       for this very server
 * @param signIn         {@code dev}: pick a person and role (the standalone build, on this machine only);
 *                       {@code oidc}: the organisation's OpenID Connect provider
 */
@ConfigurationProperties("talent.web")
public record WebSettings(@DefaultValue("") String commandUrl, @DefaultValue("") String queryUrl,
                          @DefaultValue("") String projectionsUrl, @DefaultValue("oidc") String signIn) {

    public boolean devSignIn() {
        return "dev".equals(signIn);
    }
}
