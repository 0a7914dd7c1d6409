package org.embedscope.app.data.bias;

/**
 * A profession of Bolukbasi et al.'s list, with its crowd ratings: how gendered it is by definition
 * (actress -1, actor 0.8) and by stereotype (nurse vs. carpenter), each from -1 (female) to 1 (male).
 */
public record Profession(String word, double definitional, double stereotypical) {
}
