package org.embedscope.app.architecture;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.embedscope.model.archfixture.ModelClassUsingApp;
import org.embedscope.model.archfixture.ModelClassUsingJavaFx;
import org.embedscope.model.archfixture.ModelClassUsingRender;
import org.embedscope.model.archfixture.ModelClassWithinItsLayer;
import org.embedscope.render.archfixture.RenderClassUsingApp;
import org.embedscope.render.archfixture.RenderClassUsingModel;
import org.embedscope.render.archfixture.RenderClassWithinItsLayer;
import org.junit.jupiter.api.Test;

/**
 * Each layer rule fails on a test class that breaks it (and names the offending dependency) and
 * passes on one that keeps to its layer, so a green {@link LayerRulesTest} means something.
 */
class LayerRulesCatchViolationsTest {
    @Test
    void modelUsingJavaFxIsCaught() {
        assertCaught(LayerRulesTest.modelUsesNoJavaFx, ModelClassUsingJavaFx.class, "javafx.beans.property.IntegerProperty");
        assertPasses(LayerRulesTest.modelUsesNoJavaFx, ModelClassWithinItsLayer.class);
    }

    @Test
    void modelUsingRenderOrAppIsCaught() {
        assertCaught(LayerRulesTest.modelUsesNoRenderOrApp, ModelClassUsingRender.class, "org.embedscope.render.scatter.Viewport2D");
        assertCaught(LayerRulesTest.modelUsesNoRenderOrApp, ModelClassUsingApp.class, "org.embedscope.app.Main");
        assertPasses(LayerRulesTest.modelUsesNoRenderOrApp, ModelClassWithinItsLayer.class);
    }

    @Test
    void renderUsingModelIsCaught() {
        assertCaught(LayerRulesTest.renderUsesNoModel, RenderClassUsingModel.class, "org.embedscope.model.Metric");
        assertPasses(LayerRulesTest.renderUsesNoModel, RenderClassWithinItsLayer.class);
    }

    @Test
    void renderUsingAppIsCaught() {
        assertCaught(LayerRulesTest.renderUsesNoApp, RenderClassUsingApp.class, "org.embedscope.app.Main");
        assertPasses(LayerRulesTest.renderUsesNoApp, RenderClassWithinItsLayer.class);
    }

    private static void assertCaught(ArchRule rule, Class<?> offender, String dependency) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(classes(offender)));
        String message = failure.getMessage();
        assertTrue(message.contains(offender.getName()) && message.contains(dependency),
                "the report should name " + offender.getName() + " and " + dependency + ":\n" + message);
    }

    private static void assertPasses(ArchRule rule, Class<?> keeper) {
        assertDoesNotThrow(() -> rule.check(classes(keeper)));
    }

    private static JavaClasses classes(Class<?> type) {
        return new ClassFileImporter().importClasses(type);
    }
}
