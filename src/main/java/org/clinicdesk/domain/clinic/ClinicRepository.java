package org.clinicdesk.domain.clinic;

import java.util.List;
import java.util.Optional;

/** Storage of the clinic, its centres, its conditions and this desk's settings. */
public interface ClinicRepository {
    Optional<Clinic> findClinic();

    void saveClinic(Clinic clinic);

    List<Centre> findCentres();

    Optional<Centre> findCentre(long id);

    /** Inserts a new centre or updates an existing one; returns it with its id. */
    Centre saveCentre(Centre centre);

    List<MedicalCondition> findConditions();

    MedicalCondition saveCondition(MedicalCondition condition);

    Optional<String> setting(String key);

    void saveSetting(String key, String value);
}
