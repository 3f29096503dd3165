package dev.plaza.federation.http;

import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;

/**
 * Installs {@link PinningResolver} as the JVM's name resolver (JEP 418), through
 * META-INF/services/java.net.spi.InetAddressResolverProvider. For every host that is not pinned it is
 * the JDK's own resolver, unchanged. Public only because ServiceLoader requires it.
 */
public final class PinningResolverProvider extends InetAddressResolverProvider {

    @Override
    public InetAddressResolver get(Configuration configuration) {
        AddressPins.markInstalled();
        return new PinningResolver(configuration.builtinResolver());
    }

    @Override
    public String name() {
        return "Plaza pinning resolver";
    }
}
