package org.clinicdesk.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;

/** One ClinicDesk per data folder: an OS file lock on {@code clinicdesk.lock}, released when the process ends. */
public final class InstanceLock implements AutoCloseable {
    public static final String FILE_NAME = "clinicdesk.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static InstanceLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new ClinicDeskException(UserMessage.of("app.error.open", file, e.getMessage()), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                throw new AlreadyRunningException(dataDir);
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new AlreadyRunningException(dataDir);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ClinicDeskException(UserMessage.of("app.error.lock", file, e.getMessage()), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the process anyway
        }
    }

    /** Another ClinicDesk already has this data folder open. */
    public static final class AlreadyRunningException extends ClinicDeskException {
        public AlreadyRunningException(Path dataDir) {
            super("ClinicDesk is already running with the data folder " + dataDir
                    + ". Switch to that window (it may be minimised); this one will close without touching the data.");
        }
    }
}
