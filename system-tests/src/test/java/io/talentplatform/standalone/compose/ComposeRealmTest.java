package io.talentplatform.standalone.compose;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compose file's Keycloak realm, read as Keycloak 24 and later read it: a user attribute the user profile does
 * not declare is dropped, and a required profile field left empty or a temporary password stops the password grant.
 * No Keycloak runs here, so the file is checked against those rules.
 */
class ComposeRealmTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyAttributeAMapperPutsInATokenIsDeclaredInTheUserProfile() throws IOException {
        JsonNode realm = realm();
        Set<String> declared = declaredAttributes(realm);
        Set<String> mapped = new HashSet<>();
        for (JsonNode client : realm.get("clients")) {
            for (JsonNode mapper : client.path("protocolMappers")) {
                if (mapper.get("protocolMapper").asString().equals("oidc-usermodel-attribute-mapper")) {
                    mapped.add(mapper.get("config").get("user.attribute").asString());
                }
            }
        }
        assertThat(mapped).contains("employeeId");
        assertThat(declared).containsAll(mapped).contains("username", "email", "firstName", "lastName");
    }

    @Test
    void everyUserHasACompleteProfileAndAPasswordTheGrantAccepts() throws IOException {
        JsonNode realm = realm();
        JsonNode profile = profile(realm);
        Set<String> declared = declaredAttributes(realm);
        assertThat(realm.get("users")).isNotEmpty();
        for (JsonNode user : realm.get("users")) {
            String name = user.get("username").asString();
            for (JsonNode attribute : profile.get("attributes")) {
                String field = attribute.get("name").asString();
                if (attribute.path("required").path("roles").toString().contains("user")) {
                    assertThat(user.path(field).asString("")).as(name + "'s required " + field).isNotBlank();
                }
            }
            for (String attribute : user.path("attributes").propertyNames()) {
                assertThat(declared).as(name + "'s attribute " + attribute).contains(attribute);
            }
            assertThat(user.path("attributes").path("employeeId")).as(name + "'s employee id").isNotEmpty();
            assertThat(user.path("requiredActions")).as(name + "'s required actions").isEmpty();
            for (JsonNode credential : user.get("credentials")) {
                assertThat(credential.path("temporary").asBoolean(false)).as(name + "'s password is temporary")
                        .isFalse();
            }
        }
    }

    @Test
    void thePagesSignInThroughTheGatewayAndTheWebServiceAlike() throws IOException {
        ComposeFile compose = ComposeFile.read(ROOT.resolve("docker-compose.yml"), Map.of());
        String gateway = compose.service("gateway").ports().get(0).split(":")[0];
        String web = compose.service("web").ports().get(0).split(":")[1];
        JsonNode pages = null;
        for (JsonNode client : realm().get("clients")) {
            if (client.get("clientId").asString().equals("talent-web")) {
                pages = client;
            }
        }
        assertThat(pages).isNotNull();
        assertThat(pages.get("redirectUris").toString())
                .contains("http://localhost:" + gateway + "/login/oauth2/code/talent")
                .contains("http://localhost:" + web + "/login/oauth2/code/talent");
    }

    private static JsonNode realm() throws IOException {
        return JSON.readTree(Files.readString(ROOT.resolve("deploy/keycloak/talent-realm.json")));
    }

    private static JsonNode profile(JsonNode realm) {
        JsonNode providers = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider");
        assertThat(providers).as("the realm declares a user profile").hasSize(1);
        return JSON.readTree(providers.get(0).get("config").get("kc.user.profile.config").get(0).asString());
    }

    private static Set<String> declaredAttributes(JsonNode realm) {
        Set<String> declared = new HashSet<>();
        profile(realm).get("attributes").forEach(attribute -> declared.add(attribute.get("name").asString()));
        return declared;
    }
}
