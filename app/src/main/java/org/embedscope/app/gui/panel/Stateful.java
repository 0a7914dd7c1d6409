package org.embedscope.app.gui.panel;

/**
 * Something whose settings are data: {@link #snapshot()} gives them as an immutable record,
 * {@link #restore} puts them back. Restoring sets inputs only: it starts no background work and
 * fires no chain of runs, so that a saved state can be restored cheaply and predictably.
 */
public interface Stateful<S extends Record> {
    S snapshot();

    void restore(S state);

    /** The record class, so that a saved state can be read back (JSON) without guessing. */
    Class<S> stateType();
}
