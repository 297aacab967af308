package io.opendoms.platform.webhook;

import io.opendoms.platform.web.ApiException;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a webhook handler the {@link WebhookPartner} verified by {@link WebhookSignatureFilter}, and refuses
 * (401) a handler reached without one — whatever path, dispatch or filter order led there: a webhook handler
 * that declares this parameter can only act for a verified partner.
 */
public class WebhookPartnerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == WebhookPartner.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Object partner = webRequest.getAttribute(WebhookPartner.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (partner instanceof WebhookPartner verified) {
            return verified;
        }
        throw new UnverifiedWebhookException();
    }

    /** 401: a webhook handler reached without a verified signature. */
    public static final class UnverifiedWebhookException extends ApiException {

        UnverifiedWebhookException() {
            super(401, "The webhook request carries no verified " + SignatureHeader.NAME + ".", List.of());
        }
    }
}
