package org.embedscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `lessons` lists the course; `gui --lesson` refuses an unknown lesson or step before any window opens. */
class LessonsCliTest {
    @Test
    void lessonsJsonListsEveryLessonWithItsSteps() throws Exception {
        CliTest.Run run = CliTest.run("lessons", "--json");
        assertEquals(0, run.code(), run.err());
        List<String> ids = new ArrayList<>();
        for (JsonNode lesson : run.json()) {
            ids.add(lesson.get("id").asText());
            assertTrue(lesson.get("steps").size() >= 3, lesson.get("id").asText());
            JsonNode first = lesson.get("steps").get(0);
            assertEquals(1, first.get("number").asInt());
            assertTrue(!first.get("text").asText().isBlank());
        }
        assertEquals("vectors-and-similarity", ids.get(0));
        assertTrue(ids.containsAll(List.of("analogies", "clusters", "maps-keep-and-lose", "bias")), ids.toString());
    }

    @Test
    void anUnknownLessonOrStepIsAUsageErrorNamingWhatThereIs() throws Exception {
        CliTest.Run unknown = CliTest.run("gui", "--lesson", "astrology", "--screenshot", "never.png");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("there is no lesson 'astrology'; the lessons are vectors-and-similarity, "
                + "analogies"), unknown.err());
        CliTest.Run step = CliTest.run("gui", "--lesson", "analogies", "--step", "99", "--screenshot", "never.png");
        assertEquals(2, step.code());
        assertTrue(step.err().contains("--step must be 1 to 7 for the lesson analogies, not 99"), step.err());
        CliTest.Run alone = CliTest.run("gui", "--step", "2", "--screenshot", "never.png");
        assertEquals(2, alone.code());
        assertTrue(alone.err().contains("--step needs --lesson"), alone.err());
    }
}
