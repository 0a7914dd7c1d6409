package org.embedscope.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import java.util.stream.Collectors;
import org.embedscope.app.gui.panel.Stateful;

/**
 * The MVVM rules of DEVELOPERS.md: view models hold state and logic that run without a window (no
 * controls, no layouts, no Platform), and features reach each other only through the shared
 * workspace, task, map and panel contracts. {@link ViewModelRulesCatchViolationsTest} shows them failing.
 */
@AnalyzeClasses(packages = "org.embedscope.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ViewModelRulesTest {
    /** The feature packages under app.gui; each is one panel's view, view model and state. */
    static final List<String> FEATURES = List.of("neighbors", "analogy", "evaluate", "projection");

    @ArchTest
    static final ArchRule viewModelsNeedNoWindow = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel").or().implement(Stateful.class)
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
            .because("view models are tested without a window and hand work back through the task executor");

    @ArchTest
    static final ArchRule featuresAreIndependent = featureIndependence();

    private static ArchRule featureIndependence() {
        CompositeArchRule rule = null;
        for (String feature : FEATURES) {
            String[] others = FEATURES.stream().filter(f -> !f.equals(feature))
                    .map(f -> "org.embedscope.app.gui." + f + "..").collect(Collectors.toList()).toArray(String[]::new);
            ArchRule one = noClasses().that().resideInAPackage("org.embedscope.app.gui." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("a panel plugs into the shared contracts, not into another panel")
                    .allowEmptyShould(true);
            rule = rule == null ? CompositeArchRule.of(one) : rule.and(one);
        }
        return rule;
    }
}
