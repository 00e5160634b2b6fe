package io.talentplatform.standalone.rebuild;

import io.talentplatform.platform.axon.TokenProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** Where processors stand, read from Axon's token store, for the rebuild tests. */
final class TokenPositions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TokenPositions() {
    }

    /** The lowest position any segment of the processors stored; -1 where one has processed nothing. */
    static long lowest(JdbcClient jdbc, List<String> processors) {
        List<byte[]> tokens = jdbc.sql("SELECT token FROM tokenentry WHERE processorname = ANY (?)")
                .param((Object) processors.toArray(String[]::new))
                .query((rs, row) -> rs.getBytes(1)).list();
        return tokens.stream().mapToLong(token -> token == null ? -1 : TokenProgress.of(JSON.readTree(token)).index())
                .min().orElse(-1);
    }
}
