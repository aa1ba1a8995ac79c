package org.clinicdesk.domain.backup;

/**
 * What a restore did beyond swapping the files: how many erasures made after the backup was taken were applied again
 * (from the erasure ledger) before the desk opened on the restored data.
 */
public record RestoreReport(int erasuresAppliedAgain) {
    public static final RestoreReport NOTHING_AGAIN = new RestoreReport(0);

    /** The sentence the restore's message ends with. */
    public org.clinicdesk.domain.common.UserMessage erasures() {
        return switch (erasuresAppliedAgain) {
            case 0 -> org.clinicdesk.domain.common.UserMessage.of("backup.restore.erasuresAgain.none");
            case 1 -> org.clinicdesk.domain.common.UserMessage.of("backup.restore.erasuresAgain.one");
            default -> org.clinicdesk.domain.common.UserMessage.of("backup.restore.erasuresAgain.many",
                    String.valueOf(erasuresAppliedAgain));
        };
    }
}
