package org.clinicdesk.ui.common;

/** Style-class names used from Java, defined in {@code clinicdesk.css}. */
public final class Styles {
    public static final String MAIN_WINDOW = "main-window";
    public static final String NAVIGATION = "navigation";
    public static final String NAV_BUTTON = "nav-button";
    public static final String BRAND = "brand";
    public static final String CONTENT = "content";
    public static final String STATUS_BAR = "status-bar";
    public static final String SCREEN_TITLE = "screen-title";
    public static final String SCREEN = "screen";
    public static final String FIELD_ERROR = "field-error";
    public static final String FORM_ERROR = "form-error";
    public static final String HINT = "hint";
    public static final String BACKUP_FAILING = "backup-failing";
    public static final String CARD = "card";
    public static final String SECTION_TITLE = "section-title";
    public static final String COMING = "coming";

    private Styles() {
    }
}
