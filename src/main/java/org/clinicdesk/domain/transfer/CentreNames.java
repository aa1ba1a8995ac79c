package org.clinicdesk.domain.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.domain.clinic.Centre;

/**
 * Finds the centre a spreadsheet cell means: its name ("Indiranagar"), or its city ("Bangalore") when exactly one
 * active centre is in that city. Case and accents are ignored, and the old and new names of a city count as one.
 * Messages show the names as the clinic wrote them.
 */
final class CentreNames {
    /** Old and new names of the same city, folded; each maps to one spelling. */
    private static final Map<String, String> CITY = Map.ofEntries(
            Map.entry("bangalore", "bengaluru"), Map.entry("bombay", "mumbai"), Map.entry("madras", "chennai"),
            Map.entry("calcutta", "kolkata"), Map.entry("mysore", "mysuru"), Map.entry("trivandrum", "thiruvananthapuram"),
            Map.entry("gurgaon", "gurugram"), Map.entry("poona", "pune"), Map.entry("baroda", "vadodara"),
            Map.entry("mangalore", "mangaluru"), Map.entry("cochin", "kochi"), Map.entry("calicut", "kozhikode"),
            Map.entry("pondicherry", "puducherry"), Map.entry("pondichery", "puducherry"), Map.entry("benares", "varanasi"),
            Map.entry("banaras", "varanasi"), Map.entry("belgaum", "belagavi"), Map.entry("hubli", "hubballi"),
            Map.entry("gulbarga", "kalaburagi"), Map.entry("bellary", "ballari"), Map.entry("shimoga", "shivamogga"),
            Map.entry("tumkur", "tumakuru"), Map.entry("vizag", "visakhapatnam"), Map.entry("waltair", "visakhapatnam"),
            Map.entry("secunderabad", "hyderabad"), Map.entry("cawnpore", "kanpur"), Map.entry("allahabad", "prayagraj"),
            Map.entry("trichy", "tiruchirappalli"), Map.entry("tuticorin", "thoothukudi"), Map.entry("ooty", "udhagamandalam"),
            Map.entry("new delhi", "delhi"), Map.entry("bengalooru", "bengaluru"), Map.entry("bangaluru", "bengaluru"));

    private final List<Centre> centres;

    CentreNames(List<Centre> centres) {
        this.centres = List.copyOf(centres);
    }

    static String city(String name) {
        String f = Folding.fold(name);
        return CITY.getOrDefault(f, f);
    }

    Optional<Long> find(String written) {
        String f = Folding.fold(written);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        for (Centre c : centres) {
            if (Folding.fold(c.name()).equals(f)) {
                return Optional.of(c.id());
            }
        }
        String city = city(written);
        List<Centre> inCity = centres.stream().filter(Centre::active).filter(c -> city(c.city()).equals(city)).toList();
        return inCity.size() == 1 ? Optional.of(inCity.getFirst().id()) : Optional.empty();
    }

    /** True when several active centres are in the city this cell names (the name must then say which). */
    boolean severalIn(String written) {
        String city = city(written);
        return centres.stream().filter(Centre::active).filter(c -> city(c.city()).equals(city)).count() > 1;
    }

    /** "Indiranagar (Bengaluru), Banjara Hills (Hyderabad)", as the clinic wrote them. */
    String list() {
        List<String> names = new ArrayList<>();
        for (Centre c : centres) {
            if (c.active()) {
                names.add(c.city().isBlank() ? c.name() : c.name() + " (" + c.city() + ")");
            }
        }
        return String.join(", ", names);
    }
}
