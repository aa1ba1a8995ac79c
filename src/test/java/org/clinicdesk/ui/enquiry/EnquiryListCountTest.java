package org.clinicdesk.ui.enquiry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The count line above the enquiry list: whole counts for ordinary lists, an estimate for very large ones. */
class EnquiryListCountTest {
    @Test
    void aVeryLargeResultShowsAnEstimateAndOrdinaryOnesTheWholeCount() {
        assertThat(EnquiryListViewModel.countText(1)).isEqualTo("1 enquiry");
        assertThat(EnquiryListViewModel.countText(9_999)).isEqualTo("9,999 enquiries");
        assertThat(EnquiryListViewModel.countText(123_456)).isEqualTo("about 120,000 enquiries");
        assertThat(EnquiryListViewModel.countText(118_900)).isEqualTo("about 120,000 enquiries");
        assertThat(EnquiryListViewModel.countText(10_400)).isEqualTo("about 10,000 enquiries");
        assertThat(EnquiryListViewModel.countText(2_345_678)).isEqualTo("about 2,300,000 enquiries");
    }
}
