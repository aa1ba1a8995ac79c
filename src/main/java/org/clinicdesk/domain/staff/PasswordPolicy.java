package org.clinicdesk.domain.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clinicdesk.domain.common.UserMessage;

/** The minimum strength of a password, with reasons in plain words. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;

    // the most used passwords and keyboard runs that reach ten characters; short ones fail on length anyway
    private static final Set<String> COMMON = Set.of(
            "password123", "password1234", "password12", "passw0rd123", "qwertyuiop", "qwerty1234", "qwerty12345",
            "1234567890", "12345678910", "0987654321", "1q2w3e4r5t", "1qaz2wsx3edc", "asdfghjkl1", "asdfghjkl",
            "iloveyou12", "welcome123", "welcome1234", "admin12345", "administrator", "letmein123", "abcdefghij",
            "abcd123456", "abc1234567", "princess12", "sunshine12", "football12", "changeme123", "clinicdesk",
            "clinicdesk1", "clinicdesk123", "reception1", "reception123", "manager123", "doctor1234", "hospital123",
            "india12345", "bangalore1", "bangalore123", "hyderabad1", "hyderabad123", "zxcvbnm123", "trustno1234");

    private PasswordPolicy() {
    }

    /** Why this password is not allowed for this account; empty when it is fine. */
    public static List<UserMessage> problems(String password, String username, String fullName) {
        List<UserMessage> reasons = new ArrayList<>();
        String pw = password == null ? "" : password;
        if (pw.codePointCount(0, pw.length()) < MIN_LENGTH) {
            reasons.add(UserMessage.of("staff.password.tooShort", String.valueOf(MIN_LENGTH)));
            return reasons;
        }
        String lower = pw.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("[^a-z0-9]", ""))) {
            reasons.add(UserMessage.of("staff.password.common"));
        } else if (lower.chars().distinct().count() <= 3) {
            reasons.add(UserMessage.of("staff.password.fewCharacters"));
        } else if (isRun(lower)) {
            reasons.add(UserMessage.of("staff.password.run"));
        }
        if (contains(lower, username) || contains(lower, fullName == null ? null : fullName.replace(" ", ""))) {
            reasons.add(UserMessage.of("staff.password.containsName"));
        }
        return reasons;
    }

    /** The problems as one message: the first, or the first two side by side (the policy finds at most two). */
    public static UserMessage together(List<UserMessage> problems) {
        return problems.size() == 1 ? problems.getFirst()
                : UserMessage.of("staff.password.twoProblems", problems.get(0), problems.get(1));
    }

    private static boolean contains(String password, String part) {
        return part != null && part.strip().length() >= 3 && password.contains(part.strip().toLowerCase(Locale.ROOT));
    }

    /** Every character one step up (or down) from the one before, like "abcdefghij" or "9876543210". */
    private static boolean isRun(String pw) {
        int up = 0;
        int down = 0;
        for (int i = 1; i < pw.length(); i++) {
            int step = pw.charAt(i) - pw.charAt(i - 1);
            up += step == 1 ? 1 : 0;
            down += step == -1 ? 1 : 0;
        }
        return up >= pw.length() - 2 || down >= pw.length() - 2;
    }
}
