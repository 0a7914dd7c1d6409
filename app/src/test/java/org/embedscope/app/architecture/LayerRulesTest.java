package org.embedscope.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module layering of DEVELOPERS.md as rules over the product classes of every module (this
 * module's test class path holds them all). A new rule is one more {@code @ArchTest} field;
 * {@link LayerRulesCatchViolationsTest} shows each rule failing on a class that breaks it.
 */
@AnalyzeClasses(packages = "org.embedscope", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {
    static final String MODEL = "org.embedscope.model..";
    static final String RENDER = "org.embedscope.render..";
    static final String APP = "org.embedscope.app..";

    @ArchTest
    static final ArchRule modelUsesNoJavaFx = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("model is pure Java: the command line and the tests run it without a display");

    @ArchTest
    static final ArchRule modelUsesNoRenderOrApp = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(RENDER, APP)
            .because("model is the bottom layer: render and app build on it, never the reverse");

    @ArchTest
    static final ArchRule renderUsesNoModel = noClasses().that().resideInAPackage(RENDER)
            .should().dependOnClassesThat().resideInAPackage(MODEL)
            .because("render's controls are reusable: they take coordinates, colours and labels, not model types");

    @ArchTest
    static final ArchRule renderUsesNoApp = noClasses().that().resideInAPackage(RENDER)
            .should().dependOnClassesThat().resideInAPackage(APP)
            .because("render holds no application logic");
}
