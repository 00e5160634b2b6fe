package io.talentplatform.standalone.dev;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestInfrastructure;
import io.talentplatform.standalone.StandaloneApplication;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dev endpoints exist in the standalone profile, and only there. Each context is closed after its tests. */
class DevEndpointsTest {

    @Nested
    @SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @ContextConfiguration(initializers = TestInfrastructure.OwnTokensInitializer.class)
    @DirtiesContext
    class InTheStandaloneProfile {

        @LocalServerPort
        int port;

        @Test
        void aDevTokenActsAsThePersonAndRolesItNames() {
            Answer token = Http.at(port).post("/api/v1/dev/tokens", "{\"sub\":\"HR-1\",\"roles\":[\"HR\"]}");
            assertThat(token.status()).isEqualTo(200);
            Http hr = Http.at(port).header("Authorization", "Bearer " + token.json().get("token").asString());
            String id = "E-" + UUID.randomUUID().toString().substring(0, 8);

            Answer registered = hr.post("/api/v1/employees", """
                    {"employeeId":"%s","displayName":"Barbara","jobTitle":"Engineer","level":"L3",
                     "function":"Engineering"}""".formatted(id));

            assertThat(registered.status()).isEqualTo(201);
            Answer employeeToken = Http.at(port).post("/api/v1/dev/tokens",
                    "{\"sub\":\"E-9\",\"roles\":[\"EMPLOYEE\"]}");
            assertThat(Http.at(port).header("Authorization", "Bearer " + employeeToken.json().get("token").asString())
                    .post("/api/v1/employees", """
                            {"employeeId":"E-x","displayName":"x","jobTitle":"x","level":"x","function":"x"}""")
                    .status()).isEqualTo(403);
        }

        @org.springframework.beans.factory.annotation.Autowired
        io.talentplatform.platform.time.PlatformClock clock;
        @org.springframework.beans.factory.annotation.Autowired
        WebApplicationContext context;
        @org.springframework.beans.factory.annotation.Autowired
        FilterRegistrationBean<?> localCallersOnly;

        @Test
        void theTokenMintAnswersCallersOnThisMachineOnly() throws Exception {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                    .addFilter(localCallersOnly.getFilter(), "/api/v1/dev/*").build();
            for (String remote : List.of("192.0.2.10", "10.0.0.7", "2001:db8::1")) {
                mvc.perform(mint(remote)).andExpect(status().isForbidden())
                        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
            }
            for (String local : List.of("127.0.0.1", "127.0.0.2", "::1")) {
                mvc.perform(mint(local)).andExpect(status().isOk());
            }
        }

        private static MockHttpServletRequestBuilder mint(String remoteAddress) {
            return MockMvcRequestBuilders.post("/api/v1/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"sub\":\"HR-1\",\"roles\":[\"HR\"]}")
                    .with(request -> {
                        request.setRemoteAddr(remoteAddress);
                        return request;
                    });
        }

        @org.junit.jupiter.api.AfterEach
        void leaveTheClockAsItWas() {
            clock.resetForTests();
        }

        @Test
        void theDevClockMovesTodayForward() {
            Answer first = Http.at(port).post("/api/v1/dev/clock", "{\"advance\":\"PT0S\"}");
            LocalDate before = LocalDate.parse(first.json().get("today").asString());

            Answer moved = Http.at(port).post("/api/v1/dev/clock", "{\"advance\":\"P15D\"}");

            assertThat(LocalDate.parse(moved.json().get("today").asString())).isEqualTo(before.plusDays(15));
            assertThat(Http.at(port).post("/api/v1/dev/clock", "{\"advance\":\"-P1D\"}").status()).isEqualTo(422);
            assertThat(Http.at(port).post("/api/v1/dev/clock", "{\"advance\":\"soon\"}").status()).isEqualTo(422);
        }
    }

    @Nested
    @SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @ContextConfiguration(initializers = TestInfrastructure.Initializer.class)
    @ActiveProfiles("production")
    @DirtiesContext
    class InAnyOtherProfile {

        @LocalServerPort
        int port;

        @Test
        void theDevEndpointsAnswer404() {
            assertThat(Http.at(port).post("/api/v1/dev/tokens", "{\"sub\":\"HR-1\",\"roles\":[\"HR\"]}").status())
                    .isEqualTo(404);
            assertThat(Http.at(port).post("/api/v1/dev/clock", "{\"advance\":\"P1D\"}").status()).isEqualTo(404);
        }
    }
}
