package org.handoutstudio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handoutstudio.io.Problem;
import org.handoutstudio.io.Problems;
import org.junit.jupiter.api.Test;

class DosageTest {

    private static List<Problem> problemsOf(Dosage dosage) {
        Problems problems = new Problems("test");
        dosage.validate(problems, "dosage");
        return problems.list();
    }

    @Test
    void eachNumberIsCheckedAgainstItsPublishedRange() {
        assertTrue(problemsOf(new Dosage(100, 10, 600, 10, 7, 300, null, null, 600, null)).isEmpty(), "every upper end allowed");
        assertTrue(problemsOf(new Dosage(1, 1, 1, 1, 1, 1, null, null, 0, null)).isEmpty(), "every lower end allowed");
        List<Problem> problems = problemsOf(new Dosage(101, 0, 601, 11, 8, 301, null, null, -1, null));
        assertEquals(List.of("dosage.reps", "dosage.sets", "dosage.holdSeconds", "dosage.timesPerDay", "dosage.daysPerWeek",
                "dosage.durationMinutes", "dosage.restSeconds"), problems.stream().map(Problem::path).toList());
        assertEquals("must be between 1 and 100 (it is 101)", problems.get(0).message());
        assertEquals(new Dosage.Range(0, 600), Dosage.RANGES.get("restSeconds"));
        assertEquals(7, Dosage.RANGES.size(), "a range for each number field");
    }

    @Test
    void aLoadLongerThanTheLimitIsAProblem() {
        String tooLong = "x".repeat(Dosage.MAX_TEXT + 1);
        assertEquals(List.of("dosage.load"), problemsOf(new Dosage(null, null, null, null, null, null, null, tooLong, null, null))
                .stream().map(Problem::path).toList());
    }
}
