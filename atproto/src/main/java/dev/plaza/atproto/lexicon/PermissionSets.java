package dev.plaza.atproto.lexicon;

import dev.plaza.atproto.lexicon.LexType.PermissionSetType;
import dev.plaza.atproto.syntax.Nsid;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a "permission-set" definition (atproto permission spec): a title, a detail, their
 * translations, and permissions to write records ("repo") and to call endpoints ("rpc").
 */
final class PermissionSets {

    private static final Set<String> REPO_ACTIONS = Set.of("create", "update", "delete");

    private PermissionSets() {
    }

    static PermissionSetType read(SchemaNode node) {
        List<Permission> permissions = node.objects("permissions")
                .orElseThrow(() -> node.refuse("\"permissions\" is required"))
                .stream().map(PermissionSets::permission).toList();
        return new PermissionSetType(node.string("description"), node.string("title"), node.stringMembers("title:lang"),
                node.string("detail"), node.stringMembers("detail:lang"), permissions);
    }

    private static Permission permission(SchemaNode node) {
        if (!node.type().equals("permission")) {
            throw node.refuse("a permission set holds objects of type \"permission\"");
        }
        String resource = node.requiredString("resource");
        return switch (resource) {
            case "repo" -> repo(node);
            case "rpc" -> rpc(node);
            default -> throw node.refuse("resource \"%s\" cannot be granted by a permission set (repo, rpc)".formatted(resource));
        };
    }

    private static Permission.Repo repo(SchemaNode node) {
        List<String> collections = namespaces(node, "collection");
        List<String> actions = node.strings("action").orElse(List.of());
        for (String action : actions) {
            if (!REPO_ACTIONS.contains(action)) {
                throw node.refuse("repo action \"%s\" is not create, update or delete".formatted(action));
            }
        }
        return new Permission.Repo(collections, actions);
    }

    private static Permission.Rpc rpc(SchemaNode node) {
        List<String> lxm = namespaces(node, "lxm");
        Optional<String> aud = node.string("aud");
        boolean inheritAud = node.bool("inheritAud").orElse(false);
        if (aud.isPresent() == inheritAud) {
            throw node.refuse("an rpc permission needs either \"aud\" or \"inheritAud\": true, not both or neither");
        }
        return new Permission.Rpc(lxm, aud, inheritAud);
    }

    private static List<String> namespaces(SchemaNode node, String field) {
        List<String> values = node.strings(field).orElseThrow(() -> node.refuse("\"%s\" is required".formatted(field)));
        if (values.isEmpty()) {
            throw node.refuse("\"%s\" may not be empty".formatted(field));
        }
        for (String value : values) {
            if (!value.equals("*") && !Nsid.isValid(value)) {
                throw node.refuse("\"%s\" in %s is not an NSID or \"*\"".formatted(value, field));
            }
        }
        return values;
    }
}
