package com.helpdesk.tenantadmin.entitlement;

import com.helpdesk.tenantadmin.entitlement.Entitlement.AcceptanceNotRecorded;
import com.helpdesk.tenantadmin.entitlement.Entitlement.ComponentCover;
import com.helpdesk.tenantadmin.entitlement.Entitlement.DealerCard;
import com.helpdesk.tenantadmin.entitlement.Entitlement.NoReasonReturnWindow;
import com.helpdesk.tenantadmin.entitlement.Entitlement.OutOfWarranty;
import com.helpdesk.tenantadmin.entitlement.Entitlement.RepeatedFailure;
import com.helpdesk.tenantadmin.entitlement.Entitlement.ThreeGuaranteesPeriod;
import com.helpdesk.tenantadmin.warranty.ChargingRule;
import com.helpdesk.tenantadmin.warranty.Money;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders findings as sentences an agent reads to the caller. Texts live in {@code sentences*.properties};
 * a locale without its own file gets English, never the JVM's default language.
 */
final class Sentences {

    private static final String BUNDLE = "com.helpdesk.tenantadmin.entitlement.sentences";

    private final ResourceBundle texts;
    private final Locale locale;

    Sentences(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String of(Entitlement entitlement) {
        return switch (entitlement) {
            case ThreeGuaranteesPeriod p -> format(periodKey(p), p.day(), p.windowDays());
            case RepeatedFailure f -> format("repeated." + f.source(), f.faultCode(), f.failedRepairs(), f.threshold());
            case DealerCard c -> format("card." + c.status(), c.received(), c.deadline());
            case ComponentCover c -> format("cover." + c.status(), c.component(), c.lastDay(), c.months(),
                    text("basis." + c.basis()));
            case AcceptanceNotRecorded a -> format("acceptanceNotRecorded", a.purchaseDate());
            case OutOfWarranty o -> outOfWarranty(o);
            case NoReasonReturnWindow n -> format("noReasonReturn", n.day(), n.withinDays(), n.lastDay());
        };
    }

    private static String periodKey(ThreeGuaranteesPeriod period) {
        if (period.remedies().contains(Remedy.RETURN)) {
            return "threeGuarantees.return";
        }
        if (period.remedies().contains(Remedy.EXCHANGE)) {
            return "threeGuarantees.exchange";
        }
        return period.remedies().isEmpty() ? "threeGuarantees.ended" : "threeGuarantees.repair";
    }

    private String outOfWarranty(OutOfWarranty finding) {
        String components = String.join(text("list.separator"), finding.components());
        if (finding.charging().rule() == ChargingRule.PARTS_AT_COST_ONLY) {
            return format("outOfWarranty.partsAtCostOnly", components);
        }
        Money labour = finding.charging().labourFee();
        Money callOut = finding.charging().callOutFee();
        String labourText = labour == null ? text("fee.labour.schedule") : format("fee.labour", labour);
        String callOutText = callOut == null ? "" : format("fee.callOut", callOut);
        return format("outOfWarranty.withConsent", components, labourText, callOutText);
    }

    private String text(String key) {
        return texts.getString(key);
    }

    /** Arguments are turned into strings first, so that numbers and dates read the same in every locale. */
    private String format(String key, Object... arguments) {
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            plain[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(text(key), locale).format(plain);
    }
}
