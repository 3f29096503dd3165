package dev.plaza.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/** Reads a flat {@code key = value} configuration file in TOML or YAML, chosen by its extension. */
final class ConfigFile {

    private ConfigFile() {
    }

    static Map<String, String> read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ConfigException("configuration file %s does not exist".formatted(path));
        }
        String name = path.getFileName().toString();
        if (name.endsWith(".toml")) {
            return toml(path);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return yaml(path);
        }
        throw new ConfigException("configuration file %s must end in .toml, .yaml or .yml".formatted(path));
    }

    private static Map<String, String> toml(Path path) {
        TomlParseResult toml;
        try {
            toml = Toml.parse(path);
        } catch (IOException e) {
            throw new ConfigException("cannot read %s: %s".formatted(path, e.getMessage()));
        }
        if (toml.hasErrors()) {
            throw new ConfigException("%s is not valid TOML: %s".formatted(path, toml.errors().get(0)));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : toml.keySet()) {
            Object value = toml.get(key);
            if (value instanceof org.tomlj.TomlTable || value instanceof org.tomlj.TomlArray) {
                throw new ConfigException("%s: '%s' must be a plain value, not a table or array".formatted(path, key));
            }
            values.put(key, String.valueOf(value));
        }
        return values;
    }

    private static Map<String, String> yaml(Path path) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(path.toFile());
        } catch (IOException e) {
            throw new ConfigException("%s is not valid YAML: %s".formatted(path, e.getMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Map.of();
        }
        if (!root.isObject()) {
            throw new ConfigException("%s must hold key: value pairs at its top level".formatted(path));
        }
        Map<String, String> values = new LinkedHashMap<>();
        root.properties().forEach(e -> {
            if (e.getValue().isContainerNode()) {
                throw new ConfigException("%s: '%s' must be a plain value, not a map or list".formatted(path, e.getKey()));
            }
            values.put(e.getKey(), e.getValue().asText());
        });
        return values;
    }
}
