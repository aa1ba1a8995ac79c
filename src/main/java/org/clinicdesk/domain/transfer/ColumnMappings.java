package org.clinicdesk.domain.transfer;

import java.util.List;
import java.util.Optional;

/**
 * The column mappings an import saves by name. The rows themselves go through the desk's services (enquiries,
 * centres and conditions), not through a store of the import's own.
 */
public interface ColumnMappings {
    Optional<ColumnMapping> mapping(String name);

    List<String> mappingNames();

    void saveMapping(ColumnMapping mapping);
}
