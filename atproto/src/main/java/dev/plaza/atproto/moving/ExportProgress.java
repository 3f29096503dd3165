package dev.plaza.atproto.moving;

/** Told how far an export has come, for a progress bar; called on the exporting thread. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = bytes -> { };

    /** @param bytes how many bytes have been written so far */
    void written(long bytes);
}
