package org.embedscope.app.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Enter in a word field runs what was typed even while completions show; arrows pick a completion. */
@ExtendWith(ApplicationExtension.class)
class WordFieldTest {
    private final List<String> fired = new ArrayList<>();
    private WordField field;

    @Start
    void start(Stage stage) {
        field = new WordField(prefix -> List.of("king", "kingdom", "kings").stream().filter(w -> w.startsWith(prefix))
                .toList());
        field.setId("field");
        field.setOnAction(e -> fired.add(field.getText()));
        stage.setScene(new Scene(new VBox(field), 300, 200));
        stage.show();
    }

    @Test
    void enterWhileSuggestionsShowRunsTheTypedText(FxRobot robot) {
        robot.clickOn("#field").write("kin");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("kin"), fired);
    }

    @Test
    void arrowsThenEnterPickASuggestion(FxRobot robot) {
        robot.clickOn("#field").write("kin");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, fired.size(), fired.toString());
        assertEquals(true, fired.get(0).startsWith("king"), fired.toString());
    }
}
