package io.opendoms.returns.application;

import io.opendoms.returns.domain.ReturnableLine;

/** Inserts or updates a line; a concurrent writer of the same line makes the later commit fail (and retry). */
public interface SaveReturnableLinePort {

    void save(ReturnableLine line);
}
