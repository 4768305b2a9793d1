package org.handoutstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules that keep the core free of the GUI and the layout free of PDF documents. */
@AnalyzeClasses(packages = "org.handoutstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.handoutstudio.ui..")
            .and().doNotHaveFullyQualifiedName("org.handoutstudio.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule launcherOnlyOpensTheEditor = noClasses()
            .that().haveFullyQualifiedName("org.handoutstudio.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule layoutKnowsNoPdfDocuments = noClasses()
            .that().resideInAnyPackage("org.handoutstudio.layout..", "org.handoutstudio.figures..",
                    "org.handoutstudio.library..", "org.handoutstudio.handout..", "org.handoutstudio.graphics..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox.pdmodel..");

    @ArchTest
    static final ArchRule coreDoesNotReachUp = noClasses()
            .that().resideInAnyPackage("org.handoutstudio.library..", "org.handoutstudio.handout..",
                    "org.handoutstudio.layout..", "org.handoutstudio.figures..", "org.handoutstudio.graphics..")
            .should().dependOnClassesThat().resideInAnyPackage("org.handoutstudio.cli..", "org.handoutstudio.ui..",
                    "org.handoutstudio.pdf..");
}
