package dev.plaza.atproto.listening;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** One WebSocket connection of the {@link FakeHost}, as its script sees it: frames out, pings answered. */
public final class HostConnection {

    private static final int CONTINUATION = 0x0;
    private static final int TEXT = 0x1;
    private static final int BINARY = 0x2;
    private static final int CLOSE = 0x8;
    private static final int PING = 0x9;
    private static final int PONG = 0xA;

    private final Socket socket;
    private final Optional<Long> cursor;
    private final OutputStream out;
    private final CountDownLatch clientGone = new CountDownLatch(1);
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger pings = new AtomicInteger();
    private final List<String> textsReceived = new CopyOnWriteArrayList<>();
    private volatile boolean answeringPings = true;

    HostConnection(Socket socket, Optional<Long> cursor) throws IOException {
        this.socket = socket;
        this.cursor = cursor;
        this.out = socket.getOutputStream();
    }

    /** The cursor the listener asked for. */
    public Optional<Long> cursor() {
        return cursor;
    }

    /** Sends a binary message in one frame; blocks while the listener does not read. */
    public void send(byte[] message) throws IOException {
        write(0x80 | BINARY, message);
        sent.incrementAndGet();
    }

    /** Sends a binary message split into {@code parts} frames: the first binary, the rest continuations. */
    public void sendInParts(byte[] message, int parts) throws IOException {
        int size = (message.length + parts - 1) / parts;
        for (int i = 0; i < parts; i++) {
            int from = Math.min(i * size, message.length);
            int to = Math.min(from + size, message.length);
            int opcode = i == 0 ? BINARY : CONTINUATION;
            write((i == parts - 1 ? 0x80 : 0) | opcode, Arrays.copyOfRange(message, from, to));
        }
        sent.incrementAndGet();
    }

    /** Sends a text message in one frame; blocks while the listener does not read. */
    public void sendText(String text) throws IOException {
        write(0x80 | TEXT, text.getBytes(StandardCharsets.UTF_8));
        sent.incrementAndGet();
    }

    /** Ends the connection with a close frame, as a host that stops streaming does. */
    public void close(int code) throws IOException {
        write(0x80 | CLOSE, new byte[] {(byte) (code >> 8), (byte) code});
    }

    /** Cuts the TCP connection without a word, as a crashed host or a broken network does. */
    public void drop() throws IOException {
        socket.close();
    }

    /** Waits until the listener closes or drops the connection. */
    public boolean awaitClientGone(long seconds) throws InterruptedException {
        return clientGone.await(seconds, TimeUnit.SECONDS);
    }

    /** From now on pings go unanswered, as on a connection that died without closing. */
    public void stopAnsweringPings() {
        answeringPings = false;
    }

    public int sent() {
        return sent.get();
    }

    public int pingsReceived() {
        return pings.get();
    }

    /** The text messages the listener sent, in order (each in one frame). */
    public List<String> textsReceived() {
        return List.copyOf(textsReceived);
    }

    void readClientFrames() {
        Thread.ofPlatform().daemon(true).name("fake-host-read").start(() -> {
            try {
                DataInputStream in = new DataInputStream(socket.getInputStream());
                while (true) {
                    int first = in.readUnsignedByte();
                    int second = in.readUnsignedByte();
                    long length = second & 0x7f;
                    if (length == 126) {
                        length = in.readUnsignedShort();
                    } else if (length == 127) {
                        length = in.readLong();
                    }
                    byte[] mask = new byte[4];
                    if ((second & 0x80) != 0) {
                        in.readFully(mask);
                    }
                    byte[] payload = new byte[(int) length];
                    in.readFully(payload);
                    for (int i = 0; i < payload.length; i++) {
                        payload[i] ^= mask[i % 4];
                    }
                    int opcode = first & 0x0f;
                    if (opcode == PING) {
                        pings.incrementAndGet();
                        if (answeringPings) {
                            write(0x80 | PONG, payload);
                        }
                    } else if (opcode == TEXT) {
                        textsReceived.add(new String(payload, StandardCharsets.UTF_8));
                    } else if (opcode == CLOSE) {
                        socket.close();
                        return;
                    }
                }
            } catch (IOException e) {
                // the listener closed or dropped the connection
            } finally {
                clientGone.countDown();
            }
        });
    }

    private synchronized void write(int first, byte[] payload) throws IOException {
        byte[] head;
        if (payload.length < 126) {
            head = new byte[] {(byte) first, (byte) payload.length};
        } else if (payload.length < 65_536) {
            head = new byte[] {(byte) first, 126, (byte) (payload.length >> 8), (byte) payload.length};
        } else {
            head = new byte[10];
            head[0] = (byte) first;
            head[1] = 127;
            for (int i = 0; i < 8; i++) {
                head[2 + i] = (byte) ((long) payload.length >> (56 - 8 * i));
            }
        }
        out.write(head);
        out.write(payload);
        out.flush();
    }
}
