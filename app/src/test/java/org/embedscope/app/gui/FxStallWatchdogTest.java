package org.embedscope.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How the watchdog tells our stalls from the others: our code burning CPU, our code waiting, and the
 * FX thread waiting outside our code after a short piece of ours (the case a stack and a state read
 * at different moments once blamed on us).
 */
@ExtendWith(ApplicationExtension.class)
class FxStallWatchdogTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void ourCodeBurningCpuIsOurs() {
        FxStallWatchdog.Stall stall = theOneStallOf(() -> FxThreadChores.spinForCpu(300));
        assertTrue(stall.cpuMillis() >= 250, "cpu " + stall.cpuMillis());
        assertFalse(stall.waiting());
        assertTrue(stall.ourCodeBusyFor(100), stall.toString());
    }

    @Test
    void ourCodeWaitingIsOurs() {
        FxStallWatchdog.Stall stall = theOneStallOf(() -> FxThreadChores.parkFor(300));
        assertTrue(stall.waiting());
        assertTrue(stall.millis() >= 250);
        assertTrue(stall.ourCodeBusyFor(100), stall.toString());
    }

    @Test
    void waitingOutsideOurCodeAfterAShortPieceOfOursIsNot() {
        FxStallWatchdog.Stall stall = theOneStallOf(() -> {
            FxThreadChores.spinForCpu(10);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(300));
        });
        assertTrue(stall.millis() >= 250);
        assertFalse(stall.ourCodeBusyFor(100), stall.toString());
    }

    @Test
    void anExcusedMethodIsNotCounted() {
        FxStallWatchdog.Stall stall = theOneStallOf(() -> FxThreadChores.spinForCpu(300));
        assertFalse(stall.ourCodeBusyFor(100, method -> method.endsWith("FxThreadChores.spinForCpu")), stall.toString());
    }

    private static FxStallWatchdog.Stall theOneStallOf(Runnable onFxThread) {
        WaitForAsyncUtils.waitForFxEvents();
        FxStallWatchdog watchdog = FxStallWatchdog.start(100);
        try {
            // Lets the watchdog learn which thread is the FX thread before the stall.
            WaitForAsyncUtils.sleep(60, TimeUnit.MILLISECONDS);
            Platform.runLater(onFxThread);
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(60, TimeUnit.MILLISECONDS);
        } finally {
            watchdog.stop();
        }
        List<FxStallWatchdog.Stall> stalls = watchdog.stalls().stream().filter(s -> s.millis() >= 250).toList();
        assertEquals(1, stalls.size(), () -> "stalls: " + watchdog.stalls());
        return stalls.get(0);
    }

}
