package org.clinicdesk.store.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.clinicdesk.domain.backup.BackupFile;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.store.Database;
import org.clinicdesk.testing.SettableClock;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy a restore keeps of the data it replaces is deleted once past its retention, at a backup or a restore. */
class SafetyCopiesTest {
    @TempDir
    Path dir;
    private final SettableClock clock = new SettableClock();

    private Path safetyFolder() {
        return dir.resolve(RestoreService.SAFETY_FOLDER);
    }

    private List<String> safetyFiles() throws Exception {
        if (!Files.isDirectory(safetyFolder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(safetyFolder())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path backup() {
        try (Database db = TestDb.open(dir)) {
            return new BackupService(db, dir, clock).backupNow(Progress.NONE).file();
        }
    }

    /** A restore as the application runs it: no connection open while the files are switched. */
    private Path restore(Path backup) {
        RestoreService restore = new RestoreService(dir.resolve(Database.FILE_NAME), clock);
        return restore.switchTo(restore.stage(backup, Progress.NONE));
    }

    @Test
    void safetyCopiesGoAfterFourWeeksAtTheNextBackupOrRestore() throws Exception {
        Path backup = backup();
        try (Database db = TestDb.open(dir)) {
            db.writeVoid(ctx -> ctx.execute("INSERT INTO setting(key, value) VALUES ('kept.after', 'x')"));
        }
        Path first = restore(backup);
        assertThat(Files.exists(first)).isTrue();

        clock.advance(Duration.ofDays(10));
        Path second = restore(backup);
        assertThat(SafetyCopies.listIn(safetyFolder())).extracting(BackupFile::file).containsExactly(second, first);

        clock.advance(Duration.ofDays(18)); // day 28: the first is exactly four weeks old, still kept
        backup();
        assertThat(Files.exists(first)).isTrue();

        clock.advance(Duration.ofMinutes(1)); // past four weeks: the next backup deletes it, with its -wal
        Files.writeString(first.resolveSibling(first.getFileName() + "-wal"), "left over");
        backup();
        assertThat(safetyFiles()).containsExactly(second.getFileName().toString());

        clock.advance(Duration.ofDays(20)); // the second is 38 days old: the next restore deletes it, keeps its own
        Path third = restore(backup);
        assertThat(SafetyCopies.listIn(safetyFolder())).extracting(BackupFile::file).containsExactly(third);
        assertThat(safetyFiles()).allMatch(name -> name.startsWith(third.getFileName().toString()));
    }

    @Test
    void otherFilesInTheSafetyFolderAreLeftAlone() throws Exception {
        Files.createDirectories(safetyFolder());
        Path notes = Files.writeString(safetyFolder().resolve("read-me.txt"), "kept by the manager");
        clock.advance(Duration.ofDays(400));
        assertThat(SafetyCopies.prune(safetyFolder(), clock.instant())).isZero();
        assertThat(Files.exists(notes)).isTrue();
    }
}
