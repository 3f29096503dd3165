package dev.plaza.web.pages;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.Workspace;
import dev.plaza.core.team.Role;
import dev.plaza.web.auth.Principal;
import dev.plaza.web.auth.Session;
import java.util.List;
import java.util.Optional;

/**
 * What every page's frame shows: title, navigation, who is logged in, the demo banner, a one-time
 * message, and the CSRF token that forms and htmx send back.
 */
public record Frame(
        String title,
        String section,
        Optional<Principal> principal,
        Optional<Workspace> workspace,
        String csrf,
        Optional<Session.Flash> flash) {

    public record NavItem(String href, String label, boolean current) {
    }

    private static final List<String[]> NAV = List.of(
            new String[] {"/", "Overview", "overview"},
            new String[] {"/people", "People", "people"},
            new String[] {"/conversations", "Conversations", "conversations"},
            new String[] {"/communities", "Communities", "communities"},
            new String[] {"/engagement", "Engagement", "engagement"},
            new String[] {"/advocates", "Advocates", "advocates"},
            new String[] {"/leaders", "Leaders", "leaders"},
            new String[] {"/publish", "Publish", "publish"},
            new String[] {"/settings", "Settings", "settings"});

    public Frame {
        requireNonNull(title, "title");
        requireNonNull(section, "section");
        requireNonNull(principal, "principal");
        requireNonNull(workspace, "workspace");
        requireNonNull(csrf, "csrf");
        requireNonNull(flash, "flash");
    }

    public boolean loggedIn() {
        return principal.isPresent();
    }

    public boolean demo() {
        return workspace.map(Workspace::demo).orElse(false);
    }

    public String workspaceName() {
        return workspace.map(Workspace::name).orElse("");
    }

    public String userName() {
        return principal.map(Principal::name).orElse("");
    }

    public String roleName() {
        return principal.map(p -> p.role().key()).orElse("");
    }

    public boolean canManage() {
        return principal.map(p -> p.may(Role.MANAGER)).orElse(false);
    }

    public boolean isOwner() {
        return principal.map(p -> p.may(Role.OWNER)).orElse(false);
    }

    public Optional<Long> memberId() {
        return principal.flatMap(Principal::memberId);
    }

    public List<NavItem> nav() {
        return NAV.stream().map(n -> new NavItem(n[0], n[1], n[2].equals(section))).toList();
    }

    /** The hx-headers value of the body: htmx sends the CSRF token with every request. */
    public String htmxHeaders() {
        return "{\"X-CSRF-Token\": \"" + csrf + "\"}";
    }

    public String htmxScript() {
        return Assets.HTMX;
    }

    public String chartScript() {
        return Assets.CHART_JS;
    }
}
