package org.embedscope.render.scatter;

import java.util.Arrays;

/**
 * Moves data into scene units: centred on the median and scaled so that 98% of the points lie
 * within {@link #RADIUS} of the origin, whatever the projection's own units are.
 */
final class SceneScaling {
    static final float RADIUS = 300;

    private SceneScaling() {
    }

    static float[] toScene(float[] xyz, int count) {
        float[] centre = new float[3];
        for (int axis = 0; axis < 3; axis++) {
            centre[axis] = median(xyz, count, axis);
        }
        float[] distances = new float[count];
        int m = 0;
        for (int i = 0; i < count; i++) {
            float dx = xyz[3 * i] - centre[0];
            float dy = xyz[3 * i + 1] - centre[1];
            float dz = xyz[3 * i + 2] - centre[2];
            float d = (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
            if (!Float.isNaN(d)) {
                distances[m++] = d;
            }
        }
        Arrays.sort(distances, 0, m);
        float reach = m == 0 ? 1 : Math.max(distances[Math.min(m - 1, (int) (m * 0.98))], 1e-12f);
        float scale = RADIUS / reach;
        float[] scene = new float[3 * count];
        for (int i = 0; i < count; i++) {
            // Screen y grows downwards in JavaFX; flip it so "up" in the data is up on screen.
            scene[3 * i] = (xyz[3 * i] - centre[0]) * scale;
            scene[3 * i + 1] = -(xyz[3 * i + 1] - centre[1]) * scale;
            scene[3 * i + 2] = (xyz[3 * i + 2] - centre[2]) * scale;
        }
        return scene;
    }

    private static float median(float[] xyz, int count, int axis) {
        float[] values = new float[count];
        int m = 0;
        for (int i = 0; i < count; i++) {
            float v = xyz[3 * i + axis];
            if (!Float.isNaN(v)) {
                values[m++] = v;
            }
        }
        if (m == 0) {
            return 0;
        }
        Arrays.sort(values, 0, m);
        return values[m / 2];
    }
}
