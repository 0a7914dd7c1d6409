package org.embedscope.app.gui.analogy;

import org.embedscope.model.analogy.AnalogyMethod;

/** The analogy panel's inputs: a is to b as c is to ?, the expected answer, method, exclusion and k. */
public record AnalogyState(String a, String b, String c, String expected, AnalogyMethod method, boolean includeInputs,
                           int k) {
    public static final AnalogyState DEFAULT = new AnalogyState("man", "king", "woman", "queen", AnalogyMethod.ADD,
            false, 10);
}
