package org.clinicdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowFitTest {
    /** A 1366×768 laptop with a 40-pixel task bar at the bottom. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    /** A second, larger screen to the right of it. */
    private static final Rectangle2D RIGHT_SCREEN = new Rectangle2D(1366, 0, 1920, 1040);

    @Test
    void theFirstWindowOnALaptopFitsItsVisibleAreaSoTheStatusLineShows() {
        Rectangle2D first = WindowFit.centred(1280, 800, LAPTOP);
        assertThat(first.getHeight()).isEqualTo(728);
        assertThat(first.getWidth()).isEqualTo(1280);
        assertThat(first.getMaxY()).isLessThanOrEqualTo(LAPTOP.getMaxY());
        assertThat(first.getMinX()).isEqualTo(43);
    }

    @Test
    void onALargeScreenTheFirstWindowKeepsItsComfortableSizeCentred() {
        Rectangle2D first = WindowFit.centred(1280, 800, RIGHT_SCREEN);
        assertThat(first).isEqualTo(new Rectangle2D(1366 + 320, 120, 1280, 800));
    }

    @Test
    void aRememberedPlaceIsUsedOnlyWhileItFitsAConnectedScreen() {
        Rectangle2D onTheBigScreen = new Rectangle2D(1500, 100, 1400, 900);
        assertThat(WindowFit.remembered(onTheBigScreen, List.of(LAPTOP, RIGHT_SCREEN))).contains(onTheBigScreen);
        // the big screen is unplugged: the laptop alone cannot show it
        assertThat(WindowFit.remembered(onTheBigScreen, List.of(LAPTOP))).isEmpty();
        // a size saved on a bigger screen runs off the laptop's bottom edge
        assertThat(WindowFit.remembered(new Rectangle2D(0, 0, 1280, 800), List.of(LAPTOP))).isEmpty();
        // maximised windows sit a few pixels outside the screen on some systems: still fits
        assertThat(WindowFit.remembered(new Rectangle2D(-7, -7, 1380, 742), List.of(LAPTOP))).isPresent();
        assertThat(WindowFit.remembered(new Rectangle2D(10, 10, 0, 0), List.of(LAPTOP))).isEmpty();
    }
}
