package io.opendoms.returns.application;

import io.opendoms.returns.domain.ReturnAuthorization;

/** Authorizes a return of delivered lines, each eligible or refused with its reason. */
public interface CreateReturnUseCase {

    /**
     * @throws io.opendoms.platform.web.NotFoundException for an order returns does not know, or another channel's
     * @throws io.opendoms.platform.web.UnprocessableException when no line is eligible (each named with why), or
     *     the store takes no returns; nothing is created
     */
    ReturnAuthorization create(CreateReturnCommand command);
}
