package org.clinicdesk.domain.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinicdesk.domain.clinic.MedicalCondition;

/**
 * Reads a cell of condition names ("RA; lupus", "Gout and psoriatic arthritis") against the clinic's conditions
 * list, by name or by the other names people use; case and accents are ignored.
 */
final class ConditionNames {
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;/|+&\\n]|\\band\\b)\\s*", Pattern.CASE_INSENSITIVE);
    private final Map<String, Long> byName = new HashMap<>();

    ConditionNames(List<MedicalCondition> conditions) {
        for (MedicalCondition c : conditions) {
            if (!c.active()) {
                continue;
            }
            byName.putIfAbsent(Folding.fold(c.name()), c.id());
            for (String other : c.otherNameList()) {
                byName.putIfAbsent(Folding.fold(other), c.id());
            }
        }
    }

    /** The conditions found, and the names that are not on the list (as written in the file). */
    record Read(List<Long> ids, List<String> unknown) {
    }

    Read read(String cell) {
        Set<Long> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return new Read(List.of(), List.of());
        }
        String whole = Folding.fold(cell);
        if (byName.containsKey(whole)) { // a name that itself holds "and" or "/" ("Aches and pains")
            return new Read(List.of(byName.get(whole)), List.of());
        }
        // "; " first, as ClinicDesk's export writes: a listed name may itself hold "and" or "/"
        for (String listed : cell.strip().split("\\s*[;\\n]\\s*")) {
            Long one = byName.get(Folding.fold(listed));
            if (one != null) {
                ids.add(one);
                continue;
            }
            for (String part : SEPARATORS.split(listed)) {
                String name = part.strip();
                if (name.isEmpty()) {
                    continue;
                }
                Long id = byName.get(Folding.fold(name));
                if (id == null) {
                    unknown.add(name);
                } else {
                    ids.add(id);
                }
            }
        }
        return new Read(List.copyOf(ids), List.copyOf(unknown));
    }
}
