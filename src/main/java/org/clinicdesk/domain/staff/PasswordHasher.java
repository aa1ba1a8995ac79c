package org.clinicdesk.domain.staff;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Argon2id password hashes (password4j), with the parameters stored in each hash so they can change later. */
public final class PasswordHasher {
    /** OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane. */
    public static final PasswordHasher STANDARD = new PasswordHasher(19 * 1024, 2, 1);

    private final Argon2Function function;

    public PasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.function = Argon2Function.getInstance(memoryKib, iterations, parallelism, 32, Argon2.ID,
                Argon2Function.ARGON2_VERSION_13);
    }

    public String hash(CharSequence password) {
        return Password.hash(password).addRandomSalt(16).with(function).getResult();
    }

    /** True if {@code password} matches {@code storedHash}; false for a missing or malformed hash. */
    public boolean matches(CharSequence password, String storedHash) {
        if (storedHash == null || !storedHash.startsWith("$argon2id$")) {
            return false;
        }
        try {
            return Argon2Function.getInstanceFromHash(storedHash).check(password, storedHash);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
