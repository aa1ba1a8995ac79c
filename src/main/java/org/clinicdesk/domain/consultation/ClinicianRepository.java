package org.clinicdesk.domain.consultation;

import java.util.List;
import java.util.Optional;

/** Storage of clinicians with their weekly hours and leave days. */
public interface ClinicianRepository {
    /** Every clinician, active or not, by name. */
    List<Clinician> findAll();

    Optional<Clinician> find(long id);

    /** Inserts or updates the clinician and replaces their hours and leave days; returns it with its id. */
    Clinician save(Clinician clinician);
}
