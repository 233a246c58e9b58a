package fr.ess.core.problem;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Why a file could not be read, in words — « motif d'échec de lecture »: the reason of an
 * {@link IOException} without Java's class names and without the file name (the caller names the file
 * once, at the start of its message).
 */
public final class ReadFailure {

    private ReadFailure() {
    }

    /**
     * The reason of a failed read, to follow "the file …" or "cannot be read: …".
     *
     * @param failure what the read threw
     * @return e.g. {@code "does not exist"}, {@code "cannot be read: permission denied"},
     *     {@code "is a directory, not a file"}, {@code "cannot be read: input/output error"}
     */
    public static String reason(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "does not exist";
        }
        if (failure instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        String detail = failure instanceof FileSystemException f ? f.getReason() : failure.getMessage();
        if (detail == null || detail.isBlank()) {
            return "cannot be read";
        }
        String lower = detail.strip().toLowerCase(Locale.ROOT);
        return lower.equals("is a directory") ? "is a directory, not a file" : "cannot be read: " + lower;
    }
}
