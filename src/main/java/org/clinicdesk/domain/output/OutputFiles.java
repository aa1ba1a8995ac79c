package org.clinicdesk.domain.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;

/**
 * The one way ClinicDesk writes a file a person asked for (PDFs, CSV exports, the rescue's export). It refuses the
 * database, its -wal/-shm/-journal, the lock file and anything in the backup or restore-safety folders; refuses an
 * existing file unless the person agreed to replace it; writes to a temporary file beside the target and moves it into
 * place, so the file appears whole or not at all; makes files with personal data owner-only where the OS allows; and
 * writes the audit entry only after the move. Does file work: call it from background work.
 */
public final class OutputFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** Whether the file holds personal data (then only its owner may read it). */
    public enum Contents { PERSONAL_DATA, NO_PERSONAL_DATA }

    /** Writes the file's bytes; the stream is closed for it. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The audit entry written once the file is in place (no personal data in the summary). */
    public record AuditNote(AuditAction action, String entity, Long entityId, String summary) {
    }

    private final List<Path> protectedFiles;
    private final Supplier<List<Path>> protectedFolders;
    private final AuditLog audit;

    /**
     * @param protectedFiles   files no output may replace (the database and its side files, the lock)
     * @param protectedFolders folders no output may write into (backups, restore safety copies); asked on every write,
     *                         since the backup folder can change
     * @param audit            where audit notes go; null when there is no database to write to (the rescue)
     */
    public OutputFiles(List<Path> protectedFiles, Supplier<List<Path>> protectedFolders, AuditLog audit) {
        this.protectedFiles = List.copyOf(protectedFiles);
        this.protectedFolders = protectedFolders;
        this.audit = audit;
    }

    /**
     * Throws {@link OutputRefusedException} if {@code file} is ClinicDesk's own data, a folder, or (unless
     * {@code replace}) already there; returns the absolute path that would be written.
     */
    public Path check(OutputTarget target) {
        Path file = allowed(target.file());
        if (!target.replace() && Files.exists(file)) {
            throw new OutputRefusedException(UserMessage.of("output.error.exists", file), true);
        }
        return file;
    }

    /** True if the file is already there (so the window asks before replacing it); refuses ClinicDesk's own data. */
    public boolean exists(Path file) {
        return Files.exists(allowed(file));
    }

    public Path write(OutputTarget target, Contents contents, Body body) {
        return write(target, contents, body, null);
    }

    /** Writes the file (see the class comment) and then, if {@code note} is given, its audit entry. Returns the file. */
    public Path write(OutputTarget target, Contents contents, Body body, AuditNote note) {
        Path file = check(target);
        Path part = temporaryBeside(file, contents);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING))) {
                body.writeTo(out);
            }
            moveIntoPlace(part, file, target.replace());
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(part);
            throw new OutputRefusedException(UserMessage.of("output.error.exists", file), true);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(part);
            throw new ClinicDeskException(UserMessage.of("output.error.writeFailed", file, reason(e)), e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(part);
            throw e;
        }
        if (note != null && audit != null) {
            audit.record(note.action(), note.entity(), note.entityId(), note.summary());
        }
        return file;
    }

    private Path allowed(Path requested) {
        Path file = resolved(requested);
        if (Files.isDirectory(file)) {
            throw new OutputRefusedException(UserMessage.of("output.error.folder", file), false);
        }
        for (Path own : protectedFiles) {
            if (same(file, resolved(own))) {
                throw refusedOwnData(file);
            }
        }
        Path folder = file.getParent();
        for (Path own : Objects.requireNonNullElse(protectedFolders.get(), List.<Path>of())) {
            if (own != null && (sameFolder(folder, resolved(own)))) {
                throw refusedOwnData(file);
            }
        }
        return file;
    }

    private static OutputRefusedException refusedOwnData(Path file) {
        return new OutputRefusedException(UserMessage.of("output.error.ownData", file), false);
    }

    /** The absolute path with its folder's links resolved (and the file's own, if it is a link). */
    private static Path resolved(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        try {
            if (Files.exists(abs)) {
                return abs.toRealPath();
            }
            Path parent = abs.getParent();
            return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(abs.getFileName()) : abs;
        } catch (IOException e) {
            return abs;
        }
    }

    /** Same file: same path, the same name in another case (Windows, macOS), or the same file under another name. */
    private static boolean same(Path a, Path b) {
        if (a.equals(b) || sameFolder(a.getParent(), b.getParent())
                && a.getFileName().toString().toLowerCase(Locale.ROOT).equals(b.getFileName().toString().toLowerCase(Locale.ROOT))) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        try {
            return Files.isDirectory(a) && Files.isDirectory(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path temporaryBeside(Path file, Contents contents) {
        Path folder = file.getParent();
        String name = "." + file.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".part";
        try {
            if (POSIX && contents == Contents.PERSONAL_DATA) {
                return Files.createFile(folder.resolve(name),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            return Files.createFile(folder.resolve(name));
        } catch (IOException e) {
            throw new ClinicDeskException(UserMessage.of("output.error.writeFailed", file, reason(e)), e);
        }
    }

    private static void moveIntoPlace(Path part, Path file, boolean replace) throws IOException {
        if (!replace) {
            Files.move(part, file); // fails if someone made the file meanwhile
            return;
        }
        try {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // the temporary file stays; it is hidden and named .part
        }
    }
}
