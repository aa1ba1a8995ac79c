package org.clinicdesk.ui.sheet;

import java.util.function.Supplier;
import javafx.stage.Window;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.TaskRunner;

/** Builds the Information sheets screen and the "Give sheets" window that the enquiries screen uses. */
public record SheetScreens(SheetsScreen screen, SheetGiver giver, SheetLibraryViewModel library) {

    public static SheetScreens create(Supplier<Window> owner, SheetDesk desk, ClinicService clinic, TaskRunner tasks,
                                      DialogService dialogs, SheetPrinter printer, String stylesheet) {
        SheetLibraryViewModel library = new SheetLibraryViewModel(desk.sheets(), clinic, desk.output(), tasks, dialogs,
                printer);
        SheetEditorViewModel editorModel = new SheetEditorViewModel(desk.sheets(), desk.output(), tasks,
                changed -> library.refresh());
        SheetEditorWindow editor = new SheetEditorWindow(owner, editorModel, stylesheet, library.conditions());
        GiveSheetsDialog giver = new GiveSheetsDialog(owner, new GiveSheetsViewModel(desk.output(), tasks, dialogs,
                printer), stylesheet);
        return new SheetScreens(new SheetsScreen(library, () -> editor, giver), giver, library);
    }
}
