package org.clinicdesk.domain.sheet;


/**
 * How to lay a sheet out: the letterhead, the paper, whether it is a draft (diagonal watermark) and whether this is
 * the demo clinic (DEMO on every page).
 */
public record SheetRenderOptions(Letterhead letterhead, SheetPageSize pageSize, boolean draftWatermark, boolean demo) {
    public SheetRenderOptions {
        pageSize = pageSize == null ? SheetPageSize.A4 : pageSize;
    }

    public SheetRenderOptions withDraftWatermark(boolean draft) {
        return new SheetRenderOptions(letterhead, pageSize, draft, demo);
    }
}
