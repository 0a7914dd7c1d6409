package org.embedscope.render.scatter;

import java.util.List;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import javafx.util.Duration;

/**
 * A 3D scatter for a whole vocabulary: every point is a tetrahedron in one TriangleMesh. Drag
 * rotates, right-drag (or Shift-drag) pans, the wheel zooms, a click selects, hovering shows the
 * word. Labels, highlight rings and arrows are 2D overlays kept in step with the camera.
 */
public class ScatterPlot3D extends PointCloudRegion {
    private static final double MIN_DISTANCE = 50;
    private static final double MAX_DISTANCE = Camera3D.INITIAL.distance() * 8;
    /** While the camera moves, a cloud of more points shows an evenly spread sample of about this many. */
    private static final int MOVING_POINTS = 3_000;

    private final Group world = new Group();
    private final Group content = new Group();
    private final Rotate rotateX = new Rotate(Camera3D.INITIAL.pitchDegrees(), Rotate.X_AXIS);
    private final Rotate rotateY = new Rotate(Camera3D.INITIAL.yawDegrees(), Rotate.Y_AXIS);
    private final Translate pan = new Translate();
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final MeshView meshView = new MeshView();
    /**
     * A sample of the points shown instead of the full mesh while the camera moves, in a scene of its
     * own without multisampling: software OpenGL pays for 4 samples a pixel in every frame.
     */
    private final MeshView movingView = new MeshView();
    private final MovingScene3D moving;
    private final MotionSettle motion = new MotionSettle(this::settled);
    private final SubScene subScene;
    private final Overlay3D overlay;
    private final ReadOnlyObjectWrapper<Camera3D> cameraState = new ReadOnlyObjectWrapper<>(this, "camera", Camera3D.INITIAL);
    private final PauseTransition hoverDelay = new PauseTransition(Duration.millis(60));

    private float[] scenePoints = new float[0];
    private int[] colors;
    private double lastX;
    private double lastY;
    private double pressX;
    private double pressY;
    private MouseEvent pendingHover;

    public ScatterPlot3D() {
        super("scatter-plot-3d");
        world.getTransforms().addAll(pan, rotateX, rotateY);
        world.getChildren().addAll(meshView, content, new AmbientLight(Color.BLACK));
        meshView.setCullFace(CullFace.NONE);
        movingView.setCullFace(CullFace.NONE);
        camera.setNearClip(1);
        camera.setFarClip(20_000);
        camera.setFieldOfView(35);
        camera.setTranslateZ(-Camera3D.INITIAL.distance());
        boolean supported = Platform.isSupported(ConditionalFeature.SCENE3D);
        subScene = new SubScene(world, 100, 100, true, supported ? SceneAntialiasing.BALANCED : SceneAntialiasing.DISABLED);
        subScene.setCamera(camera);
        subScene.setFill(BACKGROUND);
        moving = new MovingScene3D(movingView, camera, BACKGROUND, rotateX, rotateY, pan);
        overlay = new Overlay3D(this::projectToOverlay);
        getChildren().addAll(subScene, moving.subScene(), overlay, hoverTip());
        if (!supported) {
            Label unsupported = new Label("3D graphics are not available on this system; use the 2D map.");
            unsupported.setStyle("-fx-text-fill: white; -fx-padding: 20;");
            getChildren().add(unsupported);
        }
        installHandlers();
    }

    @Override
    public int dimensions() {
        return 3;
    }

    @Override
    public void setPoints(float[] xyz, int count, boolean refit) {
        acceptPointCount(xyz, count);
        this.scenePoints = SceneScaling.toScene(xyz, count);
        if (refit) {
            resetView();
        }
        rebuildMesh();
    }

    @Override
    public void setPointColors(int[] argb) {
        this.colors = argb;
        rebuildMesh();
    }

    @Override
    void annotationsChanged() {
        refreshOverlay();
    }

    @Override
    public void setHighlights(List<Highlight> highlights) {
        overlay.setHighlights(highlightsInRange(highlights));
        refreshOverlay();
    }

    @Override
    public void setArrows(List<Arrow> arrows) {
        overlay.setArrows(arrowsInRange(arrows));
        refreshOverlay();
    }

    @Override
    public void fitToData() {
        resetView();
    }

    /** Moves the camera {@code factor} times closer (within the distance limits). */
    @Override
    public void zoom(double factor) {
        setDistance(-camera.getTranslateZ() / factor);
        cameraChanged();
    }

    /** The rotation, pan and distance the plot shows now. */
    public Camera3D camera() {
        return new Camera3D(rotateX.getAngle(), rotateY.getAngle(), pan.getX(), pan.getY(), -camera.getTranslateZ());
    }

    /**
     * Shows the cloud from this camera. Pitch is kept within -90 to 90 degrees and distance within
     * the zoom limits, as for the mouse, so {@link #camera()} may read back the clamped values.
     */
    public void setCamera(Camera3D view) {
        Objects.requireNonNull(view, "camera");
        setPitch(view.pitchDegrees());
        rotateY.setAngle(view.yawDegrees());
        pan.setX(view.panX());
        pan.setY(view.panY());
        setDistance(view.distance());
        cameraChanged();
    }

    /** The current camera; changes on every rotation, pan, zoom, fit and {@link #setCamera}. */
    public ReadOnlyObjectProperty<Camera3D> cameraProperty() {
        return cameraState.getReadOnlyProperty();
    }

    private void resetView() {
        setCamera(Camera3D.INITIAL);
    }

    private void setPitch(double degrees) {
        rotateX.setAngle(Math.max(-90, Math.min(90, degrees)));
    }

    private void setDistance(double distance) {
        camera.setTranslateZ(-Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, distance)));
    }

    private void cameraChanged() {
        if (movingView.getMesh() != null) {
            motion.moved();
            moving.subScene().setVisible(true);
            subScene.setVisible(false);
        }
        cameraState.set(camera());
        refreshOverlay();
    }

    /** The camera came to rest: the full mesh again. */
    private void settled() {
        subScene.setVisible(true);
        moving.subScene().setVisible(false);
    }

    /** True unless the camera is moving, when a sample of the points is shown. */
    @Override
    public boolean isFrameUpToDate() {
        return !motion.isMoving();
    }

    private void rebuildMesh() {
        int count = pointCount();
        int defaultColor = 0xFF4FA8FF;
        PointPalette palette = PointPalette.of(colors != null && colors.length >= count ? colors : null, count, defaultColor);
        float size = (float) Math.max(0.5, Math.min(2.5, 250 / Math.sqrt(Math.max(count, 1))));
        meshView.setMesh(PointMeshBuilder.build(scenePoints, count, size, palette));
        int stride = (count + MOVING_POINTS - 1) / MOVING_POINTS;
        // A small cloud is drawn whole even while moving.
        movingView.setMesh(stride > 1 ? PointMeshBuilder.buildSample(scenePoints, count, stride, size, palette) : null);
        if (stride <= 1) {
            settled();
        }
        // Flat colours: no diffuse response to light, the palette shines by itself.
        PhongMaterial material = new PhongMaterial(Color.BLACK);
        material.setSelfIlluminationMap(palette.image());
        material.setSpecularColor(Color.TRANSPARENT);
        meshView.setMaterial(material);
        movingView.setMaterial(material);
        refreshOverlay();
        if (count > 0) {
            Platform.runLater(this::countFrame);
        }
    }

    /** Where a point appears in this control's coordinates, or null when it is hidden or behind the camera. */
    public javafx.geometry.Point2D screenPosition(int index) {
        return projectToOverlay(index);
    }

    private javafx.geometry.Point2D projectToOverlay(int index) {
        if (index < 0 || index >= pointCount() || Float.isNaN(scenePoints[3 * index])) {
            return null;
        }
        javafx.geometry.Point3D inScene = world.localToScene(
                scenePoints[3 * index], scenePoints[3 * index + 1], scenePoints[3 * index + 2], true);
        if (inScene == null || Double.isNaN(inScene.getX())) {
            return null;
        }
        return sceneToLocal(inScene.getX(), inScene.getY());
    }

    private void refreshOverlay() {
        overlay.redraw(selectedInRange(), labels());
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        subScene.setWidth(w);
        subScene.setHeight(h);
        moving.resize(w, h);
        overlay.resizeRelocate(0, 0, w, h);
        for (Node child : getChildren()) {
            if (child instanceof Label label && !(label instanceof HoverTip)) {
                label.autosize();
            }
        }
        refreshOverlay();
    }

    private void installHandlers() {
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            lastX = pressX = e.getX();
            lastY = pressY = e.getY();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double dx = e.getX() - lastX;
            double dy = e.getY() - lastY;
            lastX = e.getX();
            lastY = e.getY();
            if (e.getButton() == MouseButton.SECONDARY || e.isShiftDown()) {
                pan.setX(pan.getX() + dx);
                pan.setY(pan.getY() + dy);
            } else {
                rotateY.setAngle(rotateY.getAngle() + dx * 0.3);
                setPitch(rotateX.getAngle() - dy * 0.3);
            }
            hoverTip().setVisible(false);
            cameraChanged();
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && Math.hypot(e.getX() - pressX, e.getY() - pressY) < 4) {
                int hit = pointAt(e.getPickResult());
                if (hit >= 0) {
                    clicked(hit, e);
                }
            }
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            zoom(Math.exp(e.getDeltaY() * 0.0025));
            e.consume();
        });
        // Picking a mesh of a million triangles is not free: only pick once the mouse rests.
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            pendingHover = e;
            hoverDelay.playFromStart();
        });
        hoverDelay.setOnFinished(e -> showHover(pendingHover));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hoverDelay.stop();
            clearHover();
        });
    }

    private void showHover(MouseEvent e) {
        if (e == null) {
            return;
        }
        javafx.geometry.Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY());
        showHover(pointAt(e.getPickResult()), p.getX(), p.getY());
    }

    private int pointAt(PickResult pick) {
        if (pick == null || pick.getIntersectedNode() != meshView) {
            return -1;
        }
        int face = pick.getIntersectedFace();
        return face < 0 ? -1 : face / PointMeshBuilder.FACES_PER_POINT;
    }
}
