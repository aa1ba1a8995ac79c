package org.clinicdesk.app;

import org.clinicdesk.document.ConsentNoticePdf;
import org.clinicdesk.document.DayListPdf;
import org.clinicdesk.document.EnquiryCsvWriter;
import org.clinicdesk.document.csv.CsvReading;
import org.clinicdesk.domain.backup.BackupActions;
import org.clinicdesk.ui.common.ExternalLinks;
import org.clinicdesk.ui.common.TaskRunner;
import org.clinicdesk.ui.consultation.ConsultationServices;
import org.clinicdesk.ui.enquiry.EnquiryServices;
import org.clinicdesk.ui.report.ReportServices;
import org.clinicdesk.ui.settings.SettingsServices;
import org.clinicdesk.ui.sheet.SheetServices;
import org.clinicdesk.ui.shell.DeskServices;
import org.clinicdesk.ui.shell.UiServices;

/** Hands the screens their services, one record per feature, with document's renderers behind the domain ports. */
final class UiWiring {
    private UiWiring() {
    }

    static UiServices uiServices(AppContext c, TaskRunner tasks, ExternalLinks links, BackupActions backups) {
        DeskServices desk = new DeskServices(tasks, links, c.database().file(), c.demo(), c.clinicService(),
                c.signInService(), c.staffService(), c.privacyService(), new ConsentNoticePdf(),
                c.outputs());
        return new UiServices(desk, c.todayService(),
                new EnquiryServices(c.enquiryService(), c.followUpQueue(), EnquiryCsvWriter::new),
                new ConsultationServices(c.consultationService(), c.consultationStatusService(), new DayListPdf(),
                        c.bookingSlipService()),
                new SheetServices(c.sheetService(), c.sheetOutput()),
                new SettingsServices(c.clinicService(), c.staffService(), c.auditService(), c.privacyService(),
                        c.clinicianService(), backups, c.importService(), CsvReading::read, c.outputs()),
                new ReportServices(c.reportService()));
    }
}
