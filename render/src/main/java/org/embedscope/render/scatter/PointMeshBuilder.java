package org.embedscope.render.scatter;

import javafx.scene.shape.TriangleMesh;

/**
 * Builds one TriangleMesh holding every point as a small tetrahedron (4 vertices, 4 faces), so a
 * whole vocabulary is a single node. Face {@code f} belongs to point {@code f / 4}, which is how
 * picking maps a hit back to a word.
 */
final class PointMeshBuilder {
    static final int FACES_PER_POINT = 4;
    private static final float[][] CORNERS = {{1, 1, 1}, {1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}};
    private static final int[][] TRIANGLES = {{0, 1, 2}, {0, 3, 1}, {0, 2, 3}, {1, 3, 2}};

    private PointMeshBuilder() {
    }

    /**
     * @param xyz    scene coordinates, three per point (NaN hides a point: it collapses to nothing)
     * @param size   half-width of each tetrahedron in scene units
     */
    static TriangleMesh build(float[] xyz, int count, float size, PointPalette palette) {
        return buildSample(xyz, count, 1, size, palette);
    }

    /**
     * A mesh of every {@code stride}-th point only (points 0, stride, 2 stride, ...), each as large as
     * in the full mesh; its face {@code f} belongs to point {@code f / 4 * stride}.
     */
    static TriangleMesh buildSample(float[] allXyz, int allCount, int stride, float size, PointPalette palette) {
        int count = (allCount + stride - 1) / stride;
        float[] xyz = allXyz;
        int[] colorIndex = palette.colorIndex;
        if (stride > 1) {
            xyz = new float[3 * count];
            colorIndex = new int[count];
            for (int k = 0; k < count; k++) {
                System.arraycopy(allXyz, 3 * k * stride, xyz, 3 * k, 3);
                colorIndex[k] = palette.colorIndex[k * stride];
            }
        }
        float[] points = new float[count * 12];
        int[] faces = new int[count * FACES_PER_POINT * 6];
        float[] texCoords = new float[palette.size * 2];
        for (int slot = 0; slot < palette.size; slot++) {
            texCoords[2 * slot] = PointPalette.u(slot);
            texCoords[2 * slot + 1] = PointPalette.v(slot);
        }
        for (int i = 0; i < count; i++) {
            float x = xyz[3 * i];
            float y = xyz[3 * i + 1];
            float z = xyz[3 * i + 2];
            boolean hidden = Float.isNaN(x) || Float.isNaN(y) || Float.isNaN(z);
            float s = hidden ? 0 : size;
            for (int c = 0; c < 4; c++) {
                int p = i * 12 + c * 3;
                points[p] = hidden ? 0 : x + CORNERS[c][0] * s;
                points[p + 1] = hidden ? 0 : y + CORNERS[c][1] * s;
                points[p + 2] = hidden ? 0 : z + CORNERS[c][2] * s;
            }
            int tex = colorIndex[i];
            for (int t = 0; t < FACES_PER_POINT; t++) {
                int f = (i * FACES_PER_POINT + t) * 6;
                for (int v = 0; v < 3; v++) {
                    faces[f + 2 * v] = i * 4 + TRIANGLES[t][v];
                    faces[f + 2 * v + 1] = tex;
                }
            }
        }
        TriangleMesh mesh = new TriangleMesh();
        mesh.getPoints().setAll(points);
        mesh.getTexCoords().setAll(texCoords);
        mesh.getFaces().setAll(faces);
        return mesh;
    }
}
