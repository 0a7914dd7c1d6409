package org.embedscope.app.gui.bias;

/** The debiasing section's inputs: the words compared before and after. */
public record DebiasState(String compareWords) {
    public static final DebiasState DEFAULT = new DebiasState("doctor\nnurse\nprogrammer\nhomemaker\nreceptionist\nbrother");
}
