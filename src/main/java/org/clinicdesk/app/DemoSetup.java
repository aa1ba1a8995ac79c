package org.clinicdesk.app;

import org.clinicdesk.store.demo.DemoDataGenerator;

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
        if (context.clinicService().needsFirstStart()) {
            new DemoDataGenerator(context.database(), context.clock(), DEMO_SEED).generate(DEMO_ENQUIRIES);
        }
        BundledSheets.ensureLoaded(context);
    }
}
