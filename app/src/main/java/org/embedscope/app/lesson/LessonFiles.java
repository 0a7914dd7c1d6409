package org.embedscope.app.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;

/** Reads lesson files strictly: a misspelt field is an error naming the file and line, not a step that does nothing. */
final class LessonFiles {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private LessonFiles() {
    }

    static List<String> index(InputStream in) throws IOException, LessonFormatException {
        try {
            return JSON.readValue(in, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new LessonFormatException("index.json" + where(e) + ": " + e.getOriginalMessage());
        }
    }

    /** @param name the file as messages name it */
    static Lesson read(InputStream in, String name, String source) throws IOException, LessonFormatException {
        LessonFile file;
        try {
            file = JSON.readValue(in, LessonFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new LessonFormatException(name + where(e) + ": unknown field '" + e.getPropertyName()
                    + "' (a lesson has id, title, summary and steps; a step has title, text, panel, inputs, run,"
                    + " words, select, focus, view and show)");
        } catch (JsonProcessingException e) {
            throw new LessonFormatException(name + where(e) + ": not a lesson: " + e.getOriginalMessage());
        }
        if (file == null) {
            throw new LessonFormatException(name + ": the file is empty");
        }
        return check(file, name, source);
    }

    private static Lesson check(LessonFile file, String name, String source) throws LessonFormatException {
        if (file.id() == null || !ID.matcher(file.id()).matches()) {
            throw new LessonFormatException(name + ": the id must be lower-case letters, digits and dashes, not '"
                    + file.id() + "'");
        }
        if (blank(file.title())) {
            throw new LessonFormatException(name + ": the lesson has no title");
        }
        if (file.steps() == null || file.steps().isEmpty()) {
            throw new LessonFormatException(name + ": the lesson has no steps");
        }
        for (int i = 0; i < file.steps().size(); i++) {
            LessonStep step = file.steps().get(i);
            if (step == null || blank(step.title()) || blank(step.text())) {
                throw new LessonFormatException(name + ": step " + (i + 1) + " needs a title and a text");
            }
            for (String command : step.run()) {
                if (command == null || !command.matches("[a-z]+\\.[a-z]+")) {
                    throw new LessonFormatException(name + ": step " + (i + 1) + " runs '" + command
                            + "', which is not of the form panel.command");
                }
            }
        }
        return new Lesson(file.id(), file.title(), file.summary() == null ? "" : file.summary(), file.steps(), source);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNr();
    }

    /** The file as written; {@link Lesson} adds where it came from. */
    private record LessonFile(String id, String title, String summary, List<LessonStep> steps) {
    }
}
