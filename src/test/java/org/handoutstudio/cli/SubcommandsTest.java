package org.handoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** A run builds only the subcommand it names; help and mistakes still see every one. */
class SubcommandsTest {

    @Test
    void eachSubcommandIsListedUnderTheNameItsAnnotationGives() {
        for (Map.Entry<String, Class<?>> entry : HandoutStudioCommand.SUBCOMMANDS.entrySet()) {
            assertEquals(entry.getKey(), entry.getValue().getAnnotation(Command.class).name(), entry.getValue().getName());
        }
    }

    @Test
    void theSubcommandIsTheFirstArgumentThatIsNotAnOption() {
        assertEquals("export", HandoutStudioCommand.subcommandName(new String[] {"--debug", "export", "--template", "x"}));
        assertEquals("", HandoutStudioCommand.subcommandName(new String[] {"--help"}));
    }

    @Test
    void topLevelHelpListsEverySubcommand() {
        String help = CliTest.run("--help").out();
        for (String name : HandoutStudioCommand.SUBCOMMANDS.keySet()) {
            assertTrue(help.contains("\n  " + name + " "), name + " missing from:\n" + help);
        }
    }

    @Test
    void helpForOneSubcommandAndAMisspeltOneStillWork() {
        CliTest.Result exportHelp = CliTest.run("help", "export");
        assertEquals(0, exportHelp.code());
        assertTrue(exportHelp.out().contains("--out-dir"), exportHelp.out());
        CliTest.Result misspelt = CliTest.run("exprot", "--template", "acute-low-back-pain");
        assertEquals(ExitCodes.INVALID_INPUT, misspelt.code());
        assertTrue(misspelt.err().startsWith("handout-studio: Unmatched argument") && misspelt.err().contains("'exprot'"),
                misspelt.err());
    }

    @Test
    void everySubcommandAnswersHelpAfterItsName() {
        CliTest.Result exportHelp = CliTest.run("export", "--help");
        assertEquals(0, exportHelp.code(), exportHelp.err());
        assertTrue(exportHelp.out().startsWith("Usage: handout-studio export") && exportHelp.out().contains("--out-dir"),
                exportHelp.out());
        CliTest.Result newHelp = CliTest.run("new", "-h");
        assertEquals(0, newHelp.code(), newHelp.err());
        assertTrue(newHelp.out().contains("--template") && newHelp.err().isEmpty(), newHelp.out() + newHelp.err());
    }

    @Test
    void anInheritedOptionReachesASubcommandBuiltAlone() {
        CliTest.Result result = CliTest.run("export", "--debug", "--template", "no-such-template", "-o", "unused.pdf");
        assertEquals(ExitCodes.INVALID_INPUT, result.code(), result.err());
    }
}
