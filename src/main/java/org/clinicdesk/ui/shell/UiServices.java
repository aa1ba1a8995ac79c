package org.clinicdesk.ui.shell;

import org.clinicdesk.domain.today.TodayService;
import org.clinicdesk.ui.consultation.ConsultationServices;
import org.clinicdesk.ui.enquiry.EnquiryServices;
import org.clinicdesk.ui.report.ReportServices;
import org.clinicdesk.ui.settings.SettingsServices;
import org.clinicdesk.ui.sheet.SheetServices;

/**
 * What the screens are given by the application, one record per feature. Built in one place
 * ({@code AppContext.uiServices}), for the application and for UI tests alike; the shell hands each screen its part.
 */
public record UiServices(DeskServices desk, TodayService today, EnquiryServices enquiries,
                         ConsultationServices consultations, SheetServices sheets, SettingsServices settings,
                         ReportServices reports) {
}
