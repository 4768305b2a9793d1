package org.handoutstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of the code as rules: layers that only reach down, no cycles between packages, the
 * GUI only in {@code ui}, AtlantaFX only as the theme, and the layout free of PDF documents.
 */
@AnalyzeClasses(packages = "org.handoutstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Lowest first: io, graphics -> library -> handout -> layout -> figures -> pdf -> app -> cli, ui -> startup -> launcher. */
    @ArchTest
    static final ArchRule layersOnlyReachDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("IO").definedBy("org.handoutstudio.io..")
            .layer("Graphics").definedBy("org.handoutstudio.graphics..")
            .layer("Library").definedBy("org.handoutstudio.library..")
            .layer("Handout").definedBy("org.handoutstudio.handout..")
            .layer("Layout").definedBy("org.handoutstudio.layout..")
            .layer("Figures").definedBy("org.handoutstudio.figures..")
            .layer("Pdf").definedBy("org.handoutstudio.pdf..")
            .layer("App").definedBy("org.handoutstudio.app..")
            .layer("Cli").definedBy("org.handoutstudio.cli..")
            .layer("Ui").definedBy("org.handoutstudio.ui..")
            .layer("Startup").definedBy("org.handoutstudio.startup..")
            .layer("Launcher").definedBy("org.handoutstudio")
            .whereLayer("IO").mayNotAccessAnyLayer()
            .whereLayer("Graphics").mayNotAccessAnyLayer()
            .whereLayer("Library").mayOnlyAccessLayers("IO", "Graphics")
            .whereLayer("Handout").mayOnlyAccessLayers("IO", "Graphics", "Library")
            .whereLayer("Layout").mayOnlyAccessLayers("IO", "Graphics", "Library", "Handout")
            .whereLayer("Figures").mayOnlyAccessLayers("IO", "Graphics", "Library", "Handout", "Layout")
            .whereLayer("Pdf").mayOnlyAccessLayers("IO", "Graphics", "Library", "Handout", "Layout")
            .whereLayer("App").mayOnlyAccessLayers("IO", "Graphics", "Library", "Handout", "Layout", "Figures", "Pdf")
            .whereLayer("Cli").mayOnlyAccessLayers("IO", "Graphics", "Library", "Handout", "Layout", "Figures", "Pdf",
                    "App")
            .whereLayer("Ui").mayOnlyAccessLayers("IO", "Graphics", "Library", "Handout", "Layout", "Figures", "Pdf",
                    "App")
            .whereLayer("Startup").mayOnlyBeAccessedByLayers("Launcher");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.handoutstudio.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.handoutstudio.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..");

    /**
     * AtlantaFX is the theme and nothing more: the build keeps only the theme rules whose style
     * classes our code or the JavaFX, ControlsFX and Ikonli classes it reaches can set
     * (build/ThemeRules.java), and it does not read AtlantaFX's jar: its controls would go unstyled.
     */
    @ArchTest
    static final ArchRule atlantaFxIsOnlyTheTheme = noClasses()
            .that().doNotHaveFullyQualifiedName("org.handoutstudio.ui.Themes")
            .should().dependOnClassesThat().resideInAnyPackage("atlantafx..")
            .because("build/ThemeRules.java drops the theme rules of AtlantaFX's own controls");

    @ArchTest
    static final ArchRule layoutKnowsNoPdfDocuments = noClasses()
            .that().resideInAnyPackage("org.handoutstudio.layout..", "org.handoutstudio.figures..",
                    "org.handoutstudio.library..", "org.handoutstudio.handout..", "org.handoutstudio.graphics..",
                    "org.handoutstudio.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox.pdmodel..");
}
