package org.embedscope.render.scatter;

import java.util.List;
import java.util.function.IntFunction;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
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
import javafx.scene.layout.Region;
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
public class ScatterPlot3D extends Region implements PointCloudView {
    private static final double CAMERA_DISTANCE = 1100;

    private final Group world = new Group();
    private final Group content = new Group();
    private final Rotate rotateX = new Rotate(-20, Rotate.X_AXIS);
    private final Rotate rotateY = new Rotate(30, Rotate.Y_AXIS);
    private final Translate pan = new Translate();
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final MeshView meshView = new MeshView();
    private final SubScene subScene;
    private final Overlay3D overlay;
    private final HoverTip hoverLabel = new HoverTip();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final ReadOnlyIntegerWrapper hoveredIndex = new ReadOnlyIntegerWrapper(this, "hoveredIndex", -1);
    private final ReadOnlyLongWrapper framesDrawn = new ReadOnlyLongWrapper(this, "framesDrawn");
    private final BooleanProperty spinning = new SimpleBooleanProperty(this, "spinning", false);
    private final PauseTransition hoverDelay = new PauseTransition(Duration.millis(60));

    private float[] scenePoints = new float[0];
    private int count;
    private int[] colors;
    private IntFunction<String> labels = i -> null;
    private IntFunction<String> tooltips;
    private double lastX;
    private double lastY;
    private double pressX;
    private double pressY;
    private MouseEvent pendingHover;

    public ScatterPlot3D() {
        getStyleClass().add("scatter-plot-3d");
        world.getTransforms().addAll(pan, rotateX, rotateY);
        world.getChildren().addAll(meshView, content, new AmbientLight(Color.BLACK));
        meshView.setCullFace(CullFace.NONE);
        camera.setNearClip(1);
        camera.setFarClip(20_000);
        camera.setFieldOfView(35);
        camera.setTranslateZ(-CAMERA_DISTANCE);
        boolean supported = Platform.isSupported(ConditionalFeature.SCENE3D);
        subScene = new SubScene(world, 100, 100, true, supported ? SceneAntialiasing.BALANCED : SceneAntialiasing.DISABLED);
        subScene.setCamera(camera);
        subScene.setFill(Color.rgb(17, 19, 26));
        overlay = new Overlay3D(this::projectToOverlay);
        getChildren().addAll(subScene, overlay, hoverLabel);
        if (!supported) {
            Label unsupported = new Label("3D graphics are not available on this system; use the 2D map.");
            unsupported.setStyle("-fx-text-fill: white; -fx-padding: 20;");
            getChildren().add(unsupported);
        }
        setMinSize(100, 100);
        setPrefSize(800, 600);
        selectedIndex.addListener((o, a, b) -> refreshOverlay());
        installHandlers();
        installSpin();
    }

    @Override
    public int dimensions() {
        return 3;
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void setPoints(float[] xyz, int count, boolean refit) {
        if (xyz.length < 3L * count) {
            throw new IllegalArgumentException("need " + 3L * count + " coordinates, got " + xyz.length);
        }
        this.count = count;
        this.scenePoints = SceneScaling.toScene(xyz, count);
        if (refit) {
            resetView();
        }
        rebuildMesh();
    }

    @Override
    public int pointCount() {
        return count;
    }

    @Override
    public void setPointColors(int[] argb) {
        this.colors = argb;
        rebuildMesh();
    }

    @Override
    public void setLabels(IntFunction<String> labels) {
        this.labels = labels;
        refreshOverlay();
    }

    @Override
    public void setTooltips(IntFunction<String> tooltips) {
        this.tooltips = tooltips;
    }

    @Override
    public void setHighlights(List<Highlight> highlights) {
        overlay.setHighlights(highlights.stream().filter(h -> h.index() < count).toList());
        refreshOverlay();
    }

    @Override
    public void setArrows(List<Arrow> arrows) {
        overlay.setArrows(arrows.stream().filter(a -> a.from() < count && a.to() < count).toList());
        refreshOverlay();
    }

    @Override
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    @Override
    public ReadOnlyIntegerProperty hoveredIndexProperty() {
        return hoveredIndex.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyLongProperty framesDrawnProperty() {
        return framesDrawn.getReadOnlyProperty();
    }

    /** Turns the cloud slowly around its vertical axis (for demonstrations). */
    public BooleanProperty spinningProperty() {
        return spinning;
    }

    @Override
    public void fitToData() {
        resetView();
    }

    @Override
    public void zoom(double factor) {
        double z = camera.getTranslateZ() / factor;
        camera.setTranslateZ(Math.max(-CAMERA_DISTANCE * 8, Math.min(-50, z)));
        refreshOverlay();
    }

    private void resetView() {
        rotateX.setAngle(-20);
        rotateY.setAngle(30);
        pan.setX(0);
        pan.setY(0);
        camera.setTranslateZ(-CAMERA_DISTANCE);
        refreshOverlay();
    }

    private void rebuildMesh() {
        int defaultColor = 0xFF4FA8FF;
        PointPalette palette = PointPalette.of(colors != null && colors.length >= count ? colors : null, count, defaultColor);
        float size = (float) Math.max(0.5, Math.min(2.5, 250 / Math.sqrt(Math.max(count, 1))));
        meshView.setMesh(PointMeshBuilder.build(scenePoints, count, size, palette));
        // Flat colours: no diffuse response to light, the palette shines by itself.
        PhongMaterial material = new PhongMaterial(Color.BLACK);
        material.setSelfIlluminationMap(palette.image());
        material.setSpecularColor(Color.TRANSPARENT);
        meshView.setMaterial(material);
        refreshOverlay();
        if (count > 0) {
            Platform.runLater(() -> framesDrawn.set(framesDrawn.get() + 1));
        }
    }

    /** Where a point appears in this control's coordinates, or null when it is hidden or behind the camera. */
    public javafx.geometry.Point2D screenPosition(int index) {
        return projectToOverlay(index);
    }

    private javafx.geometry.Point2D projectToOverlay(int index) {
        if (index < 0 || index >= count || Float.isNaN(scenePoints[3 * index])) {
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
        overlay.redraw(selectedIndex.get() < count ? selectedIndex.get() : -1, labels);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        subScene.setWidth(w);
        subScene.setHeight(h);
        overlay.resizeRelocate(0, 0, w, h);
        for (Node child : getChildren()) {
            if (child instanceof Label label && !(label instanceof HoverTip)) {
                label.autosize();
            }
        }
        refreshOverlay();
    }

    private void installHandlers() {
        subScene.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            lastX = pressX = e.getX();
            lastY = pressY = e.getY();
        });
        subScene.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double dx = e.getX() - lastX;
            double dy = e.getY() - lastY;
            lastX = e.getX();
            lastY = e.getY();
            if (e.getButton() == MouseButton.SECONDARY || e.isShiftDown()) {
                pan.setX(pan.getX() + dx);
                pan.setY(pan.getY() + dy);
            } else {
                rotateY.setAngle(rotateY.getAngle() + dx * 0.3);
                rotateX.setAngle(Math.max(-90, Math.min(90, rotateX.getAngle() - dy * 0.3)));
            }
            hoverLabel.setVisible(false);
            refreshOverlay();
        });
        subScene.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && Math.hypot(e.getX() - pressX, e.getY() - pressY) < 4) {
                int hit = pointAt(e.getPickResult());
                if (hit >= 0) {
                    selectedIndex.set(hit);
                }
            }
        });
        subScene.addEventHandler(ScrollEvent.SCROLL, e -> {
            zoom(Math.exp(e.getDeltaY() * 0.0025));
            e.consume();
        });
        // Picking a mesh of a million triangles is not free: only pick once the mouse rests.
        subScene.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            pendingHover = e;
            hoverDelay.playFromStart();
        });
        hoverDelay.setOnFinished(e -> showHover(pendingHover));
        subScene.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hoverDelay.stop();
            hoveredIndex.set(-1);
            hoverLabel.setVisible(false);
        });
    }

    private void showHover(MouseEvent e) {
        if (e == null) {
            return;
        }
        int hit = pointAt(e.getPickResult());
        hoveredIndex.set(hit);
        javafx.geometry.Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY());
        hoverLabel.showAt(hit < 0 ? null : (tooltips != null ? tooltips : labels).apply(hit), p.getX(), p.getY(),
                getWidth());
    }

    private int pointAt(PickResult pick) {
        if (pick == null || pick.getIntersectedNode() != meshView) {
            return -1;
        }
        int face = pick.getIntersectedFace();
        return face < 0 ? -1 : face / PointMeshBuilder.FACES_PER_POINT;
    }

    private void installSpin() {
        AnimationTimer timer = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    rotateY.setAngle(rotateY.getAngle() + (now - last) / 1e9 * 12);
                    refreshOverlay();
                }
                last = now;
            }

            @Override
            public void stop() {
                super.stop();
                last = 0;
            }
        };
        spinning.addListener((o, was, spin) -> {
            if (spin) {
                timer.start();
            } else {
                timer.stop();
            }
        });
    }
}
