package org.clinicdesk.domain.clinic;

import java.util.Arrays;
import java.util.List;

/** A condition the clinic sees, with the other names people use for it ("lupus" for SLE). */
public record MedicalCondition(long id, String name, String otherNames, int sortOrder, boolean active) {
    public MedicalCondition {
        name = name == null ? "" : name.strip();
        otherNames = otherNames == null ? "" : otherNames.strip();
    }

    public static MedicalCondition newCondition(String name, String otherNames) {
        return new MedicalCondition(0, name, otherNames, 0, true);
    }

    public List<String> otherNameList() {
        return Arrays.stream(otherNames.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public MedicalCondition withId(long newId) {
        return new MedicalCondition(newId, name, otherNames, sortOrder, active);
    }

    @Override
    public String toString() {
        return name;
    }
}
