package dev.plaza.atproto.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The atproto interop tests' crypto fixtures, read where they lie. */
final class Vectors {

    private Vectors() {
    }

    static List<JsonNode> crypto(String file) {
        Path path = Path.of(System.getProperty("plaza.vectors"), "atproto-interop-tests", "crypto", file);
        try {
            List<JsonNode> cases = new ArrayList<>();
            new ObjectMapper().readTree(path.toFile()).forEach(cases::add);
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
