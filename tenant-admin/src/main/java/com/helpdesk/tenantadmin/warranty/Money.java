package com.helpdesk.tenantadmin.warranty;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount in a currency, e.g. a labour fee of CNY 80.00. */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currency));
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
