package dev.plaza.atproto.listening;

import dev.plaza.atproto.firehose.AccountMessage;
import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.FirehoseMessage;
import dev.plaza.atproto.firehose.IdentityMessage;
import dev.plaza.atproto.firehose.InfoMessage;
import dev.plaza.atproto.firehose.SyncMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A sink in an append-only file, for the crash test: each batch is one line, "cursor TAB message TAB …", written in
 * one write and forced to disk. The newline commits it: a line cut short by a crash never counted, and is cut off
 * when the file is opened again. Messages are written as "seq kind did ops", ops as "create path cid" or "delete path"
 * joined by ";".
 */
final class FileSink implements ListeningSink, AutoCloseable {

    private final FileChannel file;
    private Optional<Long> cursor;

    private FileSink(FileChannel file, Optional<Long> cursor) {
        this.file = file;
        this.cursor = cursor;
    }

    static FileSink open(Path path) throws IOException {
        FileChannel file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        List<String> lines = committedLines(path);
        long committed = lines.stream().mapToLong(line -> line.getBytes(StandardCharsets.UTF_8).length + 1L).sum();
        file.truncate(committed);
        file.position(committed);
        Optional<Long> cursor = lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getLast().split("\t")[0]));
        return new FileSink(file, cursor);
    }

    /** The batches the file holds, each a line; a last line without its newline is not one. */
    static List<String> committedLines(Path path) throws IOException {
        if (!Files.exists(path)) {
            return List.of();
        }
        String text = Files.readString(path, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n", -1));
    }

    @Override
    public synchronized Optional<Long> cursor() {
        return cursor;
    }

    @Override
    public synchronized void store(ListeningBatch batch) {
        List<String> fields = new ArrayList<>();
        fields.add(Long.toString(batch.cursor()));
        batch.messages().forEach(message -> fields.add(describe(message)));
        byte[] line = (String.join("\t", fields) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                file.write(buffer);
            }
            file.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("could not append a batch to the sink file", e);
        }
        cursor = Optional.of(batch.cursor());
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    static String describe(FirehoseMessage message) {
        return switch (message) {
            case CommitMessage m -> "%d commit %s %s".formatted(m.seq(), m.repo(), m.ops().stream()
                    .map(op -> op.action().wireName() + " " + op.path() + op.cid().map(cid -> " " + cid).orElse(""))
                    .collect(Collectors.joining(";")));
            case SyncMessage m -> "%d sync %s".formatted(m.seq(), m.did());
            case IdentityMessage m -> "%d identity %s".formatted(m.seq(), m.did());
            case AccountMessage m -> "%d account %s".formatted(m.seq(), m.did());
            case InfoMessage m -> "info " + m.name();
            default -> "other " + message.getClass().getSimpleName();
        };
    }
}
