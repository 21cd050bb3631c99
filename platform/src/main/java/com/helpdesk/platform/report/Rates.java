package com.helpdesk.platform.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as the report shows them: four decimals, none when nothing was measured. */
final class Rates {

    private Rates() {
    }

    static Double of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).doubleValue();
    }

    /** "87.5 %", or "—" when there is no rate. */
    static String percent(Double rate) {
        return rate == null ? "—"
                : BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
