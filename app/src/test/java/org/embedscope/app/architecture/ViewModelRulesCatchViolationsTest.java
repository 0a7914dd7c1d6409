package org.embedscope.app.architecture;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.embedscope.app.archfixture.PropertiesOnlyViewModel;
import org.embedscope.app.archfixture.ControlsViewModel;
import org.embedscope.app.archfixture.PlatformViewModel;
import org.embedscope.app.gui.analogy.AnalogyViewModel;
import org.embedscope.app.gui.analogy.archfixture.AnalogyUsingNeighbours;
import org.junit.jupiter.api.Test;

/** The view-model and feature rules fail on classes that break them, so their passing means something. */
class ViewModelRulesCatchViolationsTest {
    @Test
    void aViewModelWithControlsOrPlatformIsCaught() {
        assertCaught(ViewModelRulesTest.viewModelsNeedNoWindow, ControlsViewModel.class, "javafx.scene.control.Label");
        assertCaught(ViewModelRulesTest.viewModelsNeedNoWindow, PlatformViewModel.class, "javafx.application.Platform");
        assertPasses(ViewModelRulesTest.viewModelsNeedNoWindow, PropertiesOnlyViewModel.class);
    }

    @Test
    void aFeatureUsingAnotherIsCaught() {
        assertCaught(ViewModelRulesTest.featuresAreIndependent, AnalogyUsingNeighbours.class,
                "org.embedscope.app.gui.neighbors.NeighborsState");
        assertPasses(ViewModelRulesTest.featuresAreIndependent, AnalogyViewModel.class);
    }

    private static void assertCaught(ArchRule rule, Class<?> offender, String dependency) {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> rule.check(new ClassFileImporter().importClasses(offender)));
        assertTrue(failure.getMessage().contains(dependency), failure.getMessage());
    }

    private static void assertPasses(ArchRule rule, Class<?> keeper) {
        assertDoesNotThrow(() -> rule.check(new ClassFileImporter().importClasses(keeper)));
    }
}
