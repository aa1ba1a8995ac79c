package org.clinicdesk.document;

import java.awt.Color;

/** The leaflet's colours, sizes and margins, in points. */
final class SheetStyle {
    static final Color INK = new Color(0x1F, 0x2A, 0x33);
    static final Color MUTED = new Color(0x5B, 0x67, 0x73);
    static final Color BRAND = new Color(0x0E, 0x6B, 0x73);
    static final Color BRAND_TINT = new Color(0xE9, 0xF4, 0xF4);
    static final Color RULE = new Color(0xC9, 0xD6, 0xD8);
    static final Color NOTICE_BORDER = new Color(0xC7, 0x6B, 0x12);
    static final Color NOTICE_FILL = new Color(0xFF, 0xF5, 0xE6);
    static final Color NOTICE_INK = new Color(0x7A, 0x3D, 0x00);
    static final Color DRAFT = new Color(0xC0, 0x1C, 0x28);
    static final Color DEMO = new Color(0xB4, 0x23, 0x18);

    static final float MARGIN_SIDE = 54;
    static final float MARGIN_TOP = 92;
    static final float MARGIN_BOTTOM = 84;
    static final float BODY = 11f;
    static final float BODY_LEADING = 16f;
    static final float HEADING = 14.5f;
    static final float TITLE = 24f;

    private SheetStyle() {
    }
}
