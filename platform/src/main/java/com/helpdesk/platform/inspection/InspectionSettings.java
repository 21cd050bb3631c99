package com.helpdesk.platform.inspection;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How inspection visits are generated ({@code helpdesk.inspections.*}).
 *
 * @param aheadDays visits are generated this many days before they are due, so that engineers and
 *                  partners can plan them
 * @param every     how often the durable generator runs on one of the nodes
 */
@ConfigurationProperties("helpdesk.inspections")
record InspectionSettings(@DefaultValue("30") int aheadDays, @DefaultValue("1h") Duration every) {

    InspectionSettings {
        if (aheadDays < 1 || aheadDays > 366) {
            throw new IllegalArgumentException("helpdesk.inspections.ahead-days must be between 1 and 366");
        }
    }
}
