package dev.securemcp.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Appends events, one JSON object a line, to a file that is rotated past a size. One writer thread
 * takes every queued event and appends them in a single write (group commit), then completes their
 * stages: a request that waits for its event waits for one write, not one fsync per event.
 * {@link #appendAll} queues several events as one entry, so the writer is woken once for them.
 */
public final class FileAuditSink implements AuditSink, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FileAuditSink.class);
    private static final int MAX_BATCH = 4096;
    private static final int RECENT = 1000;
    /** A buffer grown past this by a large batch is dropped rather than kept for the next one. */
    private static final int MAX_KEPT_BUFFER = 256 * 1024;
    private static final JsonFactory JSON = new JsonFactory();

    private record Pending(List<AuditEvent> events, CompletableFuture<Void> written) {
    }

    /** Queued by close(): the writer ends after writing what came before it (no interrupt: it would close the channel). */
    private static final Pending STOP = new Pending(null, null);

    private final Path file;
    private final long rotateBytes;
    private final int keepFiles;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Deque<AuditEvent> recent = new ArrayDeque<>();
    private final Thread writer;
    private volatile boolean closed;
    private FileChannel channel;
    /** Used by the writer thread only. */
    private LineBuffer lines = new LineBuffer();

    public FileAuditSink(Path file, long rotateBytes, int keepFiles) {
        this.file = file;
        this.rotateBytes = rotateBytes;
        this.keepFiles = Math.max(1, keepFiles);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            channel = open();
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot open the audit log " + file, failed);
        }
        writer = new Thread(this::run, "audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public CompletionStage<Void> append(AuditEvent event) {
        return appendAll(List.of(event));
    }

    @Override
    public CompletionStage<Void> appendAll(List<AuditEvent> events) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        if (closed) {
            written.completeExceptionally(new IllegalStateException("The audit log is closed."));
        } else {
            queue.add(new Pending(events, written));
        }
        return written;
    }

    @Override
    public List<AuditEvent> recent(int limit) {
        synchronized (recent) {
            return recent.stream().limit(limit).toList();
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        boolean stop = false;
        while (!stop) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException interrupted) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - batch.size());
            stop = batch.removeIf(pending -> pending == STOP);
            if (!batch.isEmpty()) {
                write(batch);
            }
            batch.clear();
        }
    }

    private void write(List<Pending> batch) {
        ByteBuffer bytes;
        try {
            bytes = lines(batch);
        } catch (IOException | RuntimeException unwritable) {
            LOG.errorf("Cannot format %d audit entries: %s", batch.size(), unwritable.getMessage());
            batch.forEach(pending -> pending.written().completeExceptionally(unwritable));
            return;
        }
        try {
            if (channel.size() > 0 && channel.size() + bytes.remaining() > rotateBytes) {
                rotate();
            }
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException failed) {
            LOG.errorf("Cannot write %d audit events to %s: %s", batch.size(), file, failed.getMessage());
            batch.forEach(pending -> pending.written().completeExceptionally(failed));
            return;
        }
        synchronized (recent) {
            for (Pending pending : batch) {
                for (AuditEvent event : pending.events()) {
                    recent.addFirst(event);
                    if (recent.size() > RECENT) {
                        recent.removeLast();
                    }
                }
            }
        }
        batch.forEach(pending -> pending.written().complete(null));
    }

    /** The batch's events, a JSON object a line, in the reused buffer. */
    private ByteBuffer lines(List<Pending> batch) throws IOException {
        if (lines.size() > MAX_KEPT_BUFFER) {
            lines = new LineBuffer();
        }
        lines.reset();
        try (JsonGenerator out = JSON.createGenerator(lines)) {
            out.setRootValueSeparator(null);
            for (Pending pending : batch) {
                for (AuditEvent event : pending.events()) {
                    event.writeTo(out);
                    out.writeRaw('\n');
                }
            }
        }
        return lines.contents();
    }

    /** A byte array stream whose contents can be written without a copy. */
    private static final class LineBuffer extends ByteArrayOutputStream {
        LineBuffer() {
            super(8192);
        }

        ByteBuffer contents() {
            return ByteBuffer.wrap(buf, 0, count);
        }
    }

    /** audit.jsonl becomes audit.jsonl.1, .1 becomes .2, ..., the oldest past keepFiles is deleted. */
    private void rotate() throws IOException {
        channel.close();
        Files.deleteIfExists(numbered(keepFiles));
        for (int n = keepFiles - 1; n >= 1; n--) {
            if (Files.exists(numbered(n))) {
                Files.move(numbered(n), numbered(n + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, numbered(1), StandardCopyOption.REPLACE_EXISTING);
        channel = open();
    }

    private Path numbered(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }

    private FileChannel open() throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** Writes what is queued, then closes the file. */
    @Override
    public void close() {
        closed = true;
        queue.add(STOP);
        try {
            writer.join(5000);
            channel.close();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            LOG.debug("Closing the audit log failed", ignored);
        }
    }
}
