package org.clinicdesk.app;

import org.clinicdesk.store.demo.DemoDataGenerator;

/** Fills an empty demo database with synthetic data the first time --demo opens it. */
final class DemoSetup {
    static final int DEMO_ENQUIRIES = 600;
    static final long DEMO_SEED = 20261125L;

    private DemoSetup() {
    }

    static void ensureDemoData(AppContext context) {
        if (context.clinicService().needsFirstStart()) {
            new DemoDataGenerator(context.database(), context.clock(), DEMO_SEED).generate(DEMO_ENQUIRIES);
        }
    }
}
