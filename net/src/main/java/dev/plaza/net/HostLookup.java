package dev.plaza.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Where a host name's addresses come from: the JVM's resolver, or a fixed answer in tests. */
@FunctionalInterface
interface HostLookup {

    HostLookup JVM = InetAddress::getAllByName;

    InetAddress[] addresses(String host) throws UnknownHostException;
}
