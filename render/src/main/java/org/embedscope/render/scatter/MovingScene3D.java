package org.embedscope.render.scatter;

import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.paint.Color;
import javafx.scene.shape.MeshView;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;

/**
 * The scene the 3D plot shows while its camera moves: the sample mesh only, without multisampling,
 * seen through a camera and world transforms bound to the plot's own, so both scenes always show
 * the same view. It takes no input: events fall through to the plot.
 */
final class MovingScene3D {
    private final SubScene subScene;

    MovingScene3D(MeshView sample, PerspectiveCamera plotCamera, Color background, Rotate rotateX, Rotate rotateY,
            Translate pan) {
        Group world = new Group(sample, new AmbientLight(Color.BLACK));
        Rotate pitch = new Rotate(0, Rotate.X_AXIS);
        pitch.angleProperty().bind(rotateX.angleProperty());
        Rotate yaw = new Rotate(0, Rotate.Y_AXIS);
        yaw.angleProperty().bind(rotateY.angleProperty());
        Translate shift = new Translate();
        shift.xProperty().bind(pan.xProperty());
        shift.yProperty().bind(pan.yProperty());
        world.getTransforms().addAll(shift, pitch, yaw);
        PerspectiveCamera camera = new PerspectiveCamera(true);
        camera.nearClipProperty().bind(plotCamera.nearClipProperty());
        camera.farClipProperty().bind(plotCamera.farClipProperty());
        camera.fieldOfViewProperty().bind(plotCamera.fieldOfViewProperty());
        camera.translateZProperty().bind(plotCamera.translateZProperty());
        subScene = new SubScene(world, 100, 100, true, SceneAntialiasing.DISABLED);
        subScene.setCamera(camera);
        subScene.setFill(background);
        subScene.setMouseTransparent(true);
        subScene.setVisible(false);
    }

    SubScene subScene() {
        return subScene;
    }

    void resize(double width, double height) {
        subScene.setWidth(width);
        subScene.setHeight(height);
    }
}
