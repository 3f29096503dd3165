package dev.plaza.atproto.identity;

import static dev.plaza.atproto.identity.IdentityException.Reason.UNAVAILABLE;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.stream.Collectors;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/** TXT records through the JDK's JNDI DNS provider, from the configured nameservers or the system's. */
final class DnsTxt {

    private final Hashtable<String, String> environment = new Hashtable<>();

    DnsTxt(IdentitySettings settings) {
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
        environment.put(Context.PROVIDER_URL, providerUrl(settings.nameservers()));
        environment.put("com.sun.jndi.dns.timeout.initial", Long.toString(settings.dnsTimeout().toMillis()));
        environment.put("com.sun.jndi.dns.timeout.retries", Integer.toString(settings.dnsAttempts()));
    }

    /** Each TXT record of {@code name}, its character-strings joined; empty when the name or its TXT records do not exist. */
    List<String> lookup(String name) {
        DirContext dns = null;
        try {
            dns = new InitialDirContext(environment);
            Attribute txt = dns.getAttributes(name, new String[] {"TXT"}).get("TXT");
            List<String> records = new ArrayList<>();
            if (txt != null) {
                NamingEnumeration<?> values = txt.getAll();
                while (values.hasMore()) {
                    records.add(joinedCharacterStrings(String.valueOf(values.next())));
                }
            }
            return records;
        } catch (NameNotFoundException e) {
            return List.of();
        } catch (NamingException e) {
            throw new IdentityException(UNAVAILABLE, "the DNS lookup of TXT %s at %s failed: %s"
                    .formatted(name, environment.get(Context.PROVIDER_URL), e), e);
        } finally {
            close(dns);
        }
    }

    /**
     * JNDI writes a TXT record's character-strings separated by spaces, quoting (with backslash escapes) any that
     * holds a space, a quote or a backslash; a long value is split into several strings that belong together.
     */
    static String joinedCharacterStrings(String jndi) {
        StringBuilder joined = new StringBuilder(jndi.length());
        boolean quoted = false;
        for (int i = 0; i < jndi.length(); i++) {
            char c = jndi.charAt(i);
            if (quoted && c == '\\' && i + 1 < jndi.length()) {
                joined.append(jndi.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c != ' ' || quoted) {
                joined.append(c);
            }
        }
        return joined.toString();
    }

    private static String providerUrl(List<InetSocketAddress> nameservers) {
        if (nameservers.isEmpty()) {
            return "dns:";
        }
        return nameservers.stream()
                .map(server -> {
                    String host = server.getHostString();
                    return "dns://%s:%d".formatted(host.contains(":") ? "[" + host + "]" : host, server.getPort());
                })
                .collect(Collectors.joining(" "));
    }

    private static void close(DirContext dns) {
        if (dns != null) {
            try {
                dns.close();
            } catch (NamingException ignored) {
                // nothing is held open between lookups
            }
        }
    }
}
