package io.talentplatform.standalone.dev;

import io.talentplatform.platform.security.Role;
import io.talentplatform.platform.security.TokenMint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** {@code POST /api/v1/dev/tokens {"sub": "E-1", "roles": ["MANAGER"]}}: a token to act as anyone, standalone only. */
@RestController
@Profile("standalone")
@Conditional(NoExternalIssuer.class)
class DevTokenController {

    private final TokenMint mint;

    DevTokenController(TokenMint mint) {
        this.mint = mint;
    }

    /** Who the token is for and what they may do. */
    record TokenRequest(@NotBlank String sub, @NotNull Set<Role> roles) {
    }

    @PostMapping("/api/v1/dev/tokens")
    Map<String, String> token(@Valid @RequestBody TokenRequest request) {
        return Map.of("token", mint.mint(request.sub(), request.roles().stream().map(Enum::name).sorted().toList(),
                Duration.ofHours(12)));
    }
}
