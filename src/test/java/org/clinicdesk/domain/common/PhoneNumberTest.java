package org.clinicdesk.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        // the four forms reception meets most
        "98450 12345        | +919845012345",
        "098450-12345       | +919845012345",
        "+91 98450 12345    | +919845012345",
        "919845012345       | +919845012345",
        // more ways people write Indian numbers
        "9845012345         | +919845012345",
        "+91-98450-12345    | +919845012345",
        "(+91) 98450 12345  | +919845012345",
        "0091 98450 12345   | +919845012345",
        "'  98450 12345  '  | +919845012345",
        "98450.12345        | +919845012345",
        "+919845012345      | +919845012345",
        "91 98450 12345     | +919845012345",
        "080 4123 4567      | +918041234567",
        "080-41234567       | +918041234567",
        "+91 80 4123 4567   | +918041234567",
        "040 2345 6789      | +914023456789",
        "70221 34567        | +917022134567",
        // foreign numbers keep their country code
        "+44 20 7946 0958   | +442079460958",
        "+1 650 253 0000    | +16502530000",
        "+971 50 123 4567   | +971501234567",
        "+65 9123 4567      | +6591234567",
        "+61 412 345 678    | +61412345678",
        "0044 20 7946 0958  | +442079460958",
    })
    void parsesToE164(String typed, String e164) {
        assertThat(PhoneNumber.parse(typed, "phone").e164()).isEqualTo(e164);
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "''                  | Enter a phone number",
        "12345               | Too few digits",
        "98450 1234          | Too few digits",
        "98450 abc45         | only digits",
        "9845O12345          | only digits",
        "984501234567890123  | Too many digits",
        "098450 1234         | Too few digits",
        "+91 55555 55555     | not a valid phone number for India",
        "11111 11111         | not a valid phone number for India",
        "+91 99999           | Too few digits",
        "00000 00000         | not a possible phone number",
        "+999 1234 5678      | not a possible phone number",
    })
    void refusesWithAReason(String typed, String reason) {
        assertThatThrownBy(() -> PhoneNumber.parse(typed, "phone"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKey("phone"))
                .hasMessageContaining(reason);
    }

    @org.junit.jupiter.api.Test
    void digitsAndDisplay() {
        PhoneNumber n = PhoneNumber.parse("98450 12345", "phone");
        assertThat(n.digits()).isEqualTo("919845012345");
        assertThat(n.formatted()).isEqualTo("+91 98450 12345");
        assertThat(PhoneNumber.parseOptional("  ", "phone")).isNull();
    }
}
