package org.clinicdesk.app;

import org.clinicdesk.store.demo.DemoDataGenerator;

/**
 * Fills an empty demo database with synthetic data the first time --demo opens it, and its information sheets
 * (approved by the demo clinician) and months of handouts of them, so every command that opens the demo ({@code --check} too) sees the same clinic.
 */
public final class DemoSetup {
    static final int DEMO_ENQUIRIES = 600;
    static final long DEMO_SEED = 20261125L;

    private DemoSetup() {
    }

    public static void ensureDemoData(AppContext context) {
        DemoDataGenerator generator = new DemoDataGenerator(context.database(), context.clock(), DEMO_SEED);
        boolean fresh = context.clinicService().needsFirstStart();
        if (fresh) {
            generator.generate(DEMO_ENQUIRIES);
        }
        BundledSheets.ensureLoaded(context);
        if (fresh) {
            generator.handOutSheets(); // the sheets the demo clinic gave out, now that they are approved
        }
    }
}
