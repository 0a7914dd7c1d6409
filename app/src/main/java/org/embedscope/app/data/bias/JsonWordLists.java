package org.embedscope.app.data.bias;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.bias.WordPair;

/** Reads the JSON shapes of bias lists: an array of words, an array of two-word arrays. */
final class JsonWordLists {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonWordLists() {
    }

    static JsonNode parse(String name, String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw line > 0 ? DataFormatException.atLine(name, line, "not valid JSON: " + e.getOriginalMessage())
                    : DataFormatException.inFile(name, "is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** ["word", ...]; for a professions-style array of [word, number, ...] arrays, each first element. */
    static List<String> words(String name, JsonNode node) {
        if (node == null || !node.isArray()) {
            throw DataFormatException.inFile(name, "should be a JSON array of words");
        }
        List<String> words = new ArrayList<>();
        int index = 0;
        for (JsonNode item : node) {
            index++;
            JsonNode word = item.isArray() && item.size() > 0 ? item.get(0) : item;
            if (!word.isTextual() || word.asText().isBlank()) {
                throw DataFormatException.inFile(name, "item " + index + " is not a word: " + item);
            }
            words.add(word.asText().strip());
        }
        return words;
    }

    /** [["she", "he"], ...]: every item exactly two words. */
    static List<WordPair> pairs(String name, JsonNode node) {
        if (node == null || !node.isArray()) {
            throw DataFormatException.inFile(name, "should be a JSON array of word pairs, like [[\"she\", \"he\"]]");
        }
        List<WordPair> pairs = new ArrayList<>();
        int index = 0;
        for (JsonNode item : node) {
            index++;
            if (!item.isArray() || item.size() != 2 || !item.get(0).isTextual() || !item.get(1).isTextual()
                    || item.get(0).asText().isBlank() || item.get(1).asText().isBlank()) {
                throw DataFormatException.inFile(name, "pair " + index + " is not two words: " + item);
            }
            pairs.add(new WordPair(item.get(0).asText(), item.get(1).asText()));
        }
        if (pairs.isEmpty()) {
            throw DataFormatException.inFile(name, "has no pairs");
        }
        return pairs;
    }
}
