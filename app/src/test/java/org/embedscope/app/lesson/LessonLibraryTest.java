package org.embedscope.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lessons are data: the bundled ones in course order, the user's own after them, bad files named. */
class LessonLibraryTest {
    @TempDir
    Path folder;

    @Test
    void theBundledCourseComesInOrderWithEveryStepWritten() {
        LessonLibrary library = LessonLibrary.load(null);
        assertEquals(List.of(), library.problems());
        List<String> ids = library.all().stream().map(Lesson::id).toList();
        assertEquals("vectors-and-similarity", ids.get(0));
        assertEquals("analogies", ids.get(1));
        assertTrue(ids.size() >= 5, ids.toString());
        for (Lesson lesson : library.all()) {
            assertTrue(lesson.size() >= 3, lesson.id() + " has a few steps");
            assertTrue(!lesson.summary().isBlank(), lesson.id() + " has a summary for its card");
            for (LessonStep step : lesson.steps()) {
                assertTrue(step.text().length() < 480, lesson.id() + ": \"" + step.title()
                        + "\" is short enough to read aloud from the strip");
            }
        }
    }

    @Test
    void aLessonInTheUsersFolderIsOfferedAfterTheBundledOnes() throws Exception {
        Files.writeString(folder.resolve("my-lesson.json"), """
                {"id": "my-lesson", "title": "Fruit", "steps": [
                  {"title": "Apples", "text": "Look at apples.", "panel": "neighbours",
                   "inputs": {"neighbours": {"query": "apple"}}, "run": ["neighbours.search"]}]}
                """);
        LessonLibrary library = LessonLibrary.load(folder);
        assertEquals(List.of(), library.problems());
        Lesson mine = library.all().get(library.all().size() - 1);
        assertEquals("my-lesson", mine.id());
        assertEquals("apple", mine.step(0).inputs().get("neighbours").get("query").asText());
        assertEquals(folder.resolve("my-lesson.json").toString(), mine.source());
    }

    @Test
    void aMisspeltFieldNamesTheFileAndLineAndTheOtherLessonsStay() throws Exception {
        Files.writeString(folder.resolve("typo.json"), """
                {"id": "typo", "title": "Typo",
                 "steps": [
                   {"title": "One", "txt": "misspelt"}]}
                """);
        Files.writeString(folder.resolve("fine.json"), """
                {"id": "fine", "title": "Fine", "steps": [{"title": "One", "text": "Fine."}]}
                """);
        LessonLibrary library = LessonLibrary.load(folder);
        assertEquals(1, library.problems().size(), library.problems().toString());
        String problem = library.problems().get(0);
        assertTrue(problem.startsWith(folder.resolve("typo.json") + ", line 3: unknown field 'txt'"), problem);
        assertTrue(library.find("fine").isPresent());
    }

    @Test
    void stepsWithoutTextBadIdsAndDuplicatesAreRefused() throws Exception {
        Files.writeString(folder.resolve("a.json"), """
                {"id": "No Spaces", "title": "x", "steps": [{"title": "t", "text": "t"}]}""");
        Files.writeString(folder.resolve("b.json"), """
                {"id": "b", "title": "x", "steps": [{"title": "t"}]}""");
        Files.writeString(folder.resolve("c.json"), """
                {"id": "analogies", "title": "x", "steps": [{"title": "t", "text": "t"}]}""");
        Files.writeString(folder.resolve("d.json"), """
                {"id": "d", "title": "x", "steps": [{"title": "t", "text": "t", "run": ["search"]}]}""");
        Files.writeString(folder.resolve("e.json"), "[1, 2");
        List<String> problems = LessonLibrary.load(folder).problems();
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("a.json: the id must be lower-case"), problems.get(0));
        assertTrue(problems.get(1).contains("b.json: step 1 needs a title and a text"), problems.get(1));
        assertTrue(problems.get(2).contains("c.json: a lesson with the id 'analogies' already exists"), problems.get(2));
        assertTrue(problems.get(3).contains("d.json: step 1 runs 'search', which is not of the form panel.command"),
                problems.get(3));
        assertTrue(problems.get(4).contains("e.json, line 1: not a lesson"), problems.get(4));
    }
}
