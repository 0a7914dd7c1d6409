package org.embedscope.render.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.shape.TriangleMesh;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PointMeshTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyPointIsOneTetrahedronCentredOnItsPosition() {
        float[] xyz = {0, 0, 0, 10, 20, 30, Float.NaN, 1, 1};
        PointPalette palette = PointPalette.of(new int[] {0xFFFF0000, 0xFF00FF00, 0xFFFF0000}, 3, 0);
        TriangleMesh mesh = PointMeshBuilder.build(xyz, 3, 2, palette);
        assertEquals(12, mesh.getPoints().size() / 3);
        assertEquals(12, mesh.getFaces().size() / 6);
        float[] points = mesh.getPoints().toArray(null);
        // The four corners of point 1 average to its position.
        for (int axis = 0; axis < 3; axis++) {
            float sum = 0;
            for (int corner = 0; corner < 4; corner++) {
                sum += points[12 + corner * 3 + axis];
            }
            assertEquals(xyz[3 + axis], sum / 4, 1e-5);
        }
        // A hidden point collapses to nothing.
        for (int k = 24; k < 36; k++) {
            assertEquals(0, points[k]);
        }
        // Faces of point 1 use only its own vertices and its colour.
        int[] faces = mesh.getFaces().toArray(null);
        for (int f = 4; f < 8; f++) {
            for (int v = 0; v < 3; v++) {
                assertEquals(1, faces[f * 6 + 2 * v] / 4);
                assertEquals(palette.colorIndex[1], faces[f * 6 + 2 * v + 1]);
            }
        }
    }

    @Test
    void paletteSharesSlotsBetweenEqualColoursAndReducesWhenFull() {
        PointPalette small = PointPalette.of(new int[] {0x80FF0000, 0xFF00FF00, 0x10FF0000}, 3, 0);
        assertEquals(2, small.size);
        assertEquals(small.colorIndex[0], small.colorIndex[2]);
        int[] many = new int[10_000];
        for (int i = 0; i < many.length; i++) {
            many[i] = 0xFF000000 | i * 1677;
        }
        PointPalette reduced = PointPalette.of(many, many.length, 0);
        assertTrue(reduced.size <= PointPalette.SIDE * PointPalette.SIDE);
        assertEquals(0xFF000000 | (many[77] & 0xF0F0F0), reduced.colors[reduced.colorIndex[77]]);
    }

    /** Needs a 3D pipeline: runs under Xvfb with -Dprism.forceGPU=true, skipped headless. */
    @Test
    void clickingAPointIn3dSelectsIt(FxRobot robot) throws Exception {
        assumeTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "no 3D pipeline (headless)");
        ScatterPlot3D plot = new ScatterPlot3D();
        float[] xyz = new float[3 * 200];
        for (int i = 0; i < 199; i++) {
            xyz[3 * i] = (i % 20) * 10;
            xyz[3 * i + 1] = (i / 20) * 10;
            xyz[3 * i + 2] = -50;
        }
        xyz[3 * 199] = 95;
        xyz[3 * 199 + 1] = 45;
        xyz[3 * 199 + 2] = 200;
        robot.interact(() -> {
            plot.setPoints(xyz, 200, true);
            stage.setScene(new Scene(plot, 800, 600));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> plot.framesDrawnProperty().get() > 0);
        Point2D p = plot.screenPosition(199);
        robot.clickOn(plot.localToScreen(p));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> plot.selectedIndexProperty().get() == 199);
    }
}
