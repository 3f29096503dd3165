package dev.plaza.atproto.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny DNS server on loopback UDP for tests: it reads the question of each query and answers the TXT records
 * it was given (NXDOMAIN for names it does not know), or stays silent, or answers SERVFAIL, as told.
 */
final class DnsResponder implements AutoCloseable {

    private static final int TYPE_TXT = 16;
    private static final int TYPE_ANY = 255;
    private static final int NXDOMAIN = 3;
    private static final int SERVFAIL = 2;

    private final DatagramSocket socket;
    private final Map<String, List<List<String>>> records = new ConcurrentHashMap<>();
    private final Set<String> silent = ConcurrentHashMap.newKeySet();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> queries = new ConcurrentHashMap<>();
    private final Thread server;

    private DnsResponder(DatagramSocket socket) {
        this.socket = socket;
        this.server = Thread.ofPlatform().daemon().name("test-dns-" + socket.getLocalPort()).start(this::serve);
    }

    static DnsResponder start() {
        try {
            return new DnsResponder(new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    InetSocketAddress address() {
        return new InetSocketAddress(socket.getLocalAddress(), socket.getLocalPort());
    }

    /** Adds one TXT record to {@code name}, as one character-string (several if it is over 255 bytes). */
    void txt(String name, String value) {
        List<String> strings = new ArrayList<>();
        for (int start = 0; start < value.length(); start += 255) {
            strings.add(value.substring(start, Math.min(value.length(), start + 255)));
        }
        txtStrings(name, strings);
    }

    /** Adds one TXT record made of these character-strings. */
    void txtStrings(String name, List<String> strings) {
        records.computeIfAbsent(key(name), k -> new ArrayList<>()).add(List.copyOf(strings));
    }

    /** Queries for {@code name} get no answer at all. */
    void silence(String name) {
        silent.add(key(name));
    }

    /** Queries for {@code name} get SERVFAIL. */
    void fail(String name) {
        failing.add(key(name));
    }

    int queries(String name) {
        AtomicInteger count = queries.get(key(name));
        return count == null ? 0 : count.get();
    }

    void reset() {
        records.clear();
        silent.clear();
        failing.clear();
        queries.clear();
    }

    @Override
    public void close() {
        socket.close();
        try {
            server.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve() {
        byte[] buffer = new byte[1500];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                answer(ByteBuffer.wrap(packet.getData(), 0, packet.getLength()).slice(), packet);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    System.err.println("[test-dns] " + e);
                }
            }
        }
    }

    private void answer(ByteBuffer query, DatagramPacket from) throws IOException {
        int id = Short.toUnsignedInt(query.getShort(0));
        int flags = Short.toUnsignedInt(query.getShort(2));
        query.position(12);
        String name = readName(query);
        int type = Short.toUnsignedInt(query.getShort());
        query.getShort(); // class
        byte[] question = new byte[query.position() - 12];
        query.get(12, question);
        queries.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        if (silent.contains(name)) {
            return;
        }
        List<List<String>> txt = records.get(name);
        int rcode = failing.contains(name) ? SERVFAIL : txt == null ? NXDOMAIN : 0;
        List<List<String>> answers = rcode == 0 && (type == TYPE_TXT || type == TYPE_ANY) ? txt : List.of();
        byte[] response = response(id, flags, rcode, question, answers);
        socket.send(new DatagramPacket(response, response.length, from.getSocketAddress()));
    }

    private static byte[] response(int id, int queryFlags, int rcode, byte[] question, List<List<String>> answers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int flags = 0x8000 | (queryFlags & 0x7800) | 0x0400 | (queryFlags & 0x0100) | 0x0080 | rcode;
        writeShorts(out, id, flags, 1, answers.size(), 0, 0);
        out.writeBytes(question);
        for (List<String> record : answers) {
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            for (String string : record) {
                byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
                data.write(bytes.length);
                data.writeBytes(bytes);
            }
            writeShorts(out, 0xC00C, TYPE_TXT, 1, 0, 300, data.size()); // name: a pointer to the question's
            out.writeBytes(data.toByteArray());
        }
        return out.toByteArray();
    }

    private static String readName(ByteBuffer message) {
        List<String> labels = new ArrayList<>();
        for (int length = Byte.toUnsignedInt(message.get()); length != 0; length = Byte.toUnsignedInt(message.get())) {
            byte[] label = new byte[length];
            message.get(label);
            labels.add(new String(label, StandardCharsets.US_ASCII));
        }
        return key(String.join(".", labels));
    }

    private static void writeShorts(ByteArrayOutputStream out, int... values) {
        for (int value : values) {
            out.write(value >>> 8);
            out.write(value);
        }
    }

    private static String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
