package org.clinicdesk.app;

import org.clinicdesk.store.demo.DemoDataGenerator;
import org.clinicdesk.store.demo.DemoHandouts;

/**
 * Fills an empty demo database with synthetic data the first time --demo opens it, and its information sheets
 * (approved by the demo clinician), so every command that opens the demo ({@code --check} too) sees the same clinic.
 */
public final class DemoSetup {
    static final int DEMO_ENQUIRIES = 600;
    static final long DEMO_SEED = 20261125L;

    private DemoSetup() {
    }

    public static void ensureDemoData(AppContext context) {
        boolean fresh = context.clinicService().needsFirstStart();
        if (fresh) {
            new DemoDataGenerator(context.database(), context.clock(), DEMO_SEED).generate(DEMO_ENQUIRIES);
        }
        BundledSheets.ensureLoaded(context);
        if (fresh) {
            // sheets handed out, for the sheets report: they need the approved sheets loaded just above
            new DemoHandouts(context.database(), context.clock(), DEMO_SEED).generate(DEMO_ENQUIRIES / 2);
        }
    }
}
