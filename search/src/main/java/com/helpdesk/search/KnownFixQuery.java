package com.helpdesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A search of one tenant's known fixes. The text is always taken as plain words (never as query
 * syntax); it is normalised here, and refused when it is empty or longer than an agent types.
 *
 * @param tenantId    the only tenant whose fixes can match
 * @param text        what the caller describes, in any language
 * @param productLine only fixes of this product line, when not empty
 * @param model       only fixes of this model, when not empty
 * @param deviceModel the caller's device model when known: its fixes rank first, but the same fault on
 *                    sibling models stays in the list (it is usually fixed the same way)
 * @param page        0-based page
 * @param size        hits per page
 */
public record KnownFixQuery(String tenantId, String text, String productLine, String model, String deviceModel,
        int page, int size) {

    /** Longer than anyone types while a caller talks; also bounds the work a query can cause. */
    public static final int MAX_TEXT = 200;
    public static final int MAX_SIZE = 50;
    /** Deeper than any ranking goes (at most 1,000 candidates are fused). */
    public static final int MAX_PAGE = 1000;
    private static final int MAX_FILTER = 100;

    public KnownFixQuery {
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("A known-fix search needs a tenant");
        }
        text = QueryText.normalise(text);
        productLine = QueryText.normalise(productLine);
        model = QueryText.normalise(model);
        deviceModel = QueryText.normalise(deviceModel);
        List<InvalidSearchException.Problem> problems = new ArrayList<>();
        if (text.isEmpty()) {
            problems.add(new InvalidSearchException.Problem("q", "must not be blank"));
        }
        else if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            problems.add(new InvalidSearchException.Problem("q", "must be at most " + MAX_TEXT + " characters"));
        }
        checkFilter(productLine, "productLine", problems);
        checkFilter(model, "model", problems);
        checkFilter(deviceModel, "deviceModel", problems);
        if (page < 0 || page > MAX_PAGE) {
            problems.add(new InvalidSearchException.Problem("page", "must be between 0 and " + MAX_PAGE));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new InvalidSearchException.Problem("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSearchException(problems);
        }
    }

    /** The first page of ten for this text, without filters: how "similar fixes" and tests ask. */
    public static KnownFixQuery of(String tenantId, String text, String deviceModel) {
        return new KnownFixQuery(tenantId, text, "", "", deviceModel, 0, 10);
    }

    public int from() {
        return page * size;
    }

    private static void checkFilter(String value, String field, List<InvalidSearchException.Problem> problems) {
        if (Objects.requireNonNull(value).length() > MAX_FILTER) {
            problems.add(new InvalidSearchException.Problem(field, "must be at most " + MAX_FILTER + " characters"));
        }
    }
}
